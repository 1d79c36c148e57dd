#include "app/gui/evaluations/myevaluationsmodel.h"

#include "app/gui/review/reviewformmodel.h"

#include <QDateTime>
#include <QLocale>

namespace callqa::app {

QString disputeStateText(review::DisputeState state)
{
    switch (state) {
    case review::DisputeState::Open:
        return MyEvaluationsModel::tr("disputed, open");
    case review::DisputeState::Accepted:
        return MyEvaluationsModel::tr("accepted: re-scored");
    case review::DisputeState::Rejected:
        return MyEvaluationsModel::tr("rejected");
    case review::DisputeState::Withdrawn:
        return MyEvaluationsModel::tr("withdrawn");
    case review::DisputeState::None:
        break;
    }
    return {};
}

MyEvaluationsModel::MyEvaluationsModel(QObject* parent) : QAbstractTableModel(parent) {}

void MyEvaluationsModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const MyEvaluationsModel::Row* MyEvaluationsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int MyEvaluationsModel::rowOfEvaluation(qint64 evaluationId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].evaluation.id == evaluationId)
            return row;
    return -1;
}

int MyEvaluationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MyEvaluationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyEvaluationsModel::data(const QModelIndex& index, int role) const
{
    const Row* row = rowAt(index.row());
    if (!row)
        return {};
    const review::EvaluationSummary& e = row->evaluation;
    if (role == EvaluationIdRole)
        return e.id;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Submitted:
        return locale.toString(QDateTime::fromMSecsSinceEpoch(e.submittedAt), QLocale::ShortFormat);
    case Call:
        return e.callExternalId.isEmpty() ? QStringLiteral("#%1").arg(e.callId) : e.callExternalId;
    case Score:
        return formatPercent(e.overall);
    case Verdict:
        return e.criticalFail ? tr("critical fail") : e.passed ? tr("passed") : tr("failed");
    case Acknowledged:
        return e.acknowledgedAt ? locale.toString(QDateTime::fromMSecsSinceEpoch(*e.acknowledgedAt),
                                                  QLocale::ShortFormat)
                                : tr("not yet");
    case Dispute:
        return row->dispute ? disputeStateText(*row->dispute) : QString();
    default:
        return {};
    }
}

QVariant MyEvaluationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Submitted:
        return tr("Submitted");
    case Call:
        return tr("Call");
    case Score:
        return tr("Score");
    case Verdict:
        return tr("Verdict");
    case Acknowledged:
        return tr("Acknowledged");
    case Dispute:
        return tr("Dispute");
    default:
        return {};
    }
}

} // namespace callqa::app
