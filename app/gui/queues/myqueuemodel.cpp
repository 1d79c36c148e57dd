#include "app/gui/queues/myqueuemodel.h"

#include "review/queues/placenames.h"

namespace callqa::app {

MyQueueModel::MyQueueModel(QObject* parent) : QAbstractTableModel(parent) {}

void MyQueueModel::setEntries(QList<review::MyQueueEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int MyQueueModel::rowOfItem(qint64 itemId) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].item.id == itemId)
            return row;
    return -1;
}

qint64 MyQueueModel::itemIdAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].item.id : 0;
}

int MyQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int MyQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const review::MyQueueEntry& entry = m_entries[index.row()];
    if (role == CallIdRole)
        return entry.item.callId;
    if (role == Qt::ToolTipRole && index.column() == Stratum)
        return data(index, Qt::DisplayRole); // the column elides in a narrow dock
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Queue:
        return entry.queueName;
    case Call:
        return entry.item.callExternalId;
    case Stratum:
        return entry.item.origin == QLatin1String("manual")
                   ? tr("added by hand")
                   : review::PlaceNames().readableOrigin(entry.item.group, entry.item.stratum);
    case State:
        return itemStateText(entry.item.state);
    default:
        return {};
    }
}

QVariant MyQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Queue:
        return tr("Queue");
    case Call:
        return tr("Call");
    case Stratum:
        return tr("Why");
    case State:
        return tr("State");
    default:
        return {};
    }
}

QString itemStateText(const QString& state)
{
    if (state == QLatin1String("todo"))
        return MyQueueModel::tr("to do");
    if (state == QLatin1String("in_progress"))
        return MyQueueModel::tr("in progress");
    if (state == QLatin1String("done"))
        return MyQueueModel::tr("done");
    return state;
}

} // namespace callqa::app
