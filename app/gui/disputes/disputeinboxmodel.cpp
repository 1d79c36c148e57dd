#include "app/gui/disputes/disputeinboxmodel.h"

#include "app/gui/evaluations/myevaluationsmodel.h"
#include "app/gui/review/reviewformmodel.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>

namespace callqa::app {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("callqa::app::DisputeInboxModel", text, nullptr, n);
}

} // namespace

QString ageText(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(ms, 0) / 60000;
    if (minutes < 60)
        return tr("%n minute(s)", int(minutes));
    if (minutes < 48 * 60)
        return tr("%n hour(s)", int(minutes / 60));
    return tr("%n day(s)", int(minutes / (24 * 60)));
}

DisputeInboxModel::DisputeInboxModel(QObject* parent) : QAbstractTableModel(parent) {}

void DisputeInboxModel::setRows(QList<Row> rows, qint64 nowMs, review::DisputeSettings settings)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_now = nowMs;
    m_settings = settings;
    endResetModel();
}

const DisputeInboxModel::Row* DisputeInboxModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DisputeInboxModel::rowOfDispute(qint64 disputeId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).dispute.id == disputeId)
            return i;
    return -1;
}

int DisputeInboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisputeInboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisputeInboxModel::display(const Row& row, int column) const
{
    const review::Dispute& d = row.dispute;
    switch (column) {
    case State:
        return disputeStateText(d.state);
    case Agent:
        return row.evaluation && !row.evaluation->agentName.isEmpty()
                   ? tr("%1 (%2)").arg(row.evaluation->agentName, d.agentExternalId)
                   : d.agentExternalId;
    case Evaluation:
        return row.evaluation
                   ? tr("#%1, call %2, %3 by %4")
                         .arg(QString::number(d.evaluationId), d.callExternalId,
                              formatPercent(row.evaluation->overall), row.evaluation->reviewer)
                   : tr("#%1, call %2").arg(QString::number(d.evaluationId), d.callExternalId);
    case Reason:
        return d.reason;
    case Age:
        return ageText(m_now - d.openedAt);
    case Window: {
        if (!row.evaluation)
            return QString();
        const review::WindowDay day =
            review::windowDayOf(row.evaluation->submittedAt, d.openedAt, m_settings);
        return tr("day %1 of %2").arg(day.day).arg(day.of);
    }
    default:
        return {};
    }
}

QVariant DisputeInboxModel::data(const QModelIndex& index, int role) const
{
    const Row* row = rowAt(index.row());
    if (!row)
        return {};
    if (role == DisputeIdRole)
        return row->dispute.id;
    if (role == Qt::DisplayRole)
        return display(*row, index.column());
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return row->dispute.reason;
    if (role == Qt::FontRole && row->dispute.state == review::DisputeState::Open) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant DisputeInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case Agent:
        return tr("Agent");
    case Evaluation:
        return tr("Evaluation");
    case Reason:
        return tr("Reason");
    case Age:
        return tr("Age");
    case Window:
        return tr("Opened in window");
    default:
        return {};
    }
}

} // namespace callqa::app
