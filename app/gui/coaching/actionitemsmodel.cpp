#include "app/gui/coaching/actionitemsmodel.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace callqa::app {

namespace {

QString day(const std::optional<qint64>& ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms).date(), QLocale::ShortFormat)
              : QString();
}

} // namespace

ActionItemsModel::ActionItemsModel(QObject* parent) : QAbstractTableModel(parent) {}

QColor ActionItemsModel::overdueColor()
{
    return QColor(0xb0, 0x20, 0x20);
}

void ActionItemsModel::setItems(QList<review::ActionItem> items, qint64 nowMs)
{
    beginResetModel();
    m_items = std::move(items);
    m_now = nowMs;
    endResetModel();
}

const review::ActionItem* ActionItemsModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int ActionItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemsModel::data(const QModelIndex& index, int role) const
{
    const review::ActionItem* item = itemAt(index.row());
    if (!item)
        return {};
    if (role == Qt::CheckStateRole && index.column() == Title)
        return item->doneAt ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && item->overdue(m_now))
        return overdueColor();
    if (role == Qt::ToolTipRole && item->overdue(m_now))
        return tr("Overdue");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return item->title;
    case Owner:
        return item->owner;
    case Due:
        return day(item->dueOn);
    case Done:
        return day(item->doneAt);
    default:
        return {};
    }
}

bool ActionItemsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const review::ActionItem* item = itemAt(index.row());
    if (!item || role != Qt::CheckStateRole || index.column() != Title || item->doneAt ||
        value.toInt() != Qt::Checked)
        return false;
    Q_EMIT itemChecked(item->id);
    return true;
}

Qt::ItemFlags ActionItemsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const review::ActionItem* item = itemAt(index.row());
    if (item && index.column() == Title && !item->doneAt)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ActionItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Action item");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Done:
        return tr("Done");
    default:
        return {};
    }
}

} // namespace callqa::app
