#include "review/calls/calllistmodel.h"

#include <QDateTime>

namespace callqa::review {

QString formatDuration(qint64 ms, const QLocale& locale)
{
    const qint64 totalSeconds = ms / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    const auto two = [&](qint64 v) {
        return locale.toString(v).rightJustified(2, locale.zeroDigit().at(0));
    };
    if (hours > 0)
        return locale.toString(hours) + QLatin1Char(':') + two(minutes) + QLatin1Char(':') +
               two(seconds);
    return locale.toString(minutes) + QLatin1Char(':') + two(seconds);
}

CallListModel::CallListModel(QObject* parent) : QAbstractTableModel(parent) {}

void CallListModel::setCalls(QList<CallSummary> calls)
{
    beginResetModel();
    m_calls = std::move(calls);
    endResetModel();
}

const CallSummary* CallListModel::callAt(int row) const
{
    return row >= 0 && row < m_calls.size() ? &m_calls.at(row) : nullptr;
}

int CallListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

int CallListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallListModel::data(const QModelIndex& index, int role) const
{
    const CallSummary* call = callAt(index.row());
    if (!call)
        return {};
    if (role == Qt::ToolTipRole && call->missing)
        return tr("The recording is not at %1 any more.").arg(recordingLabel(*call));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Started:
        return call->startedAtMs
                   ? m_locale.toString(
                         QDateTime::fromMSecsSinceEpoch(*call->startedAtMs).toLocalTime(),
                         QLocale::ShortFormat)
                   : QString();
    case Agent:
        return call->agentName;
    case Team:
        return call->teamName;
    case Duration:
        return formatDuration(call->durationMs, m_locale);
    case Direction:
        return call->direction == QLatin1String("inbound")    ? tr("Inbound")
               : call->direction == QLatin1String("outbound") ? tr("Outbound")
                                                              : QString();
    case Queue:
        return call->queue;
    case Score:
        if (call->criticalFail)
            return tr("critical fail");
        if (!call->score)
            return QString();
        return tr("%1 % %2").arg(m_locale.toString(*call->score, 'f', 1),
                                 call->passed ? tr("passed") : tr("failed"));
    case File:
        return call->missing ? tr("%1 (missing)").arg(recordingLabel(*call))
                             : recordingLabel(*call);
    default:
        return {};
    }
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started:
        return tr("Started");
    case Agent:
        return tr("Agent");
    case Team:
        return tr("Team");
    case Duration:
        return tr("Duration");
    case Direction:
        return tr("Direction");
    case Queue:
        return tr("Queue");
    case Score:
        return tr("Score");
    case File:
        return tr("Recording");
    default:
        return {};
    }
}

} // namespace callqa::review
