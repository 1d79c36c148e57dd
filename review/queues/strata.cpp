#include "review/queues/strata.h"

#include <QDateTime>

namespace callqa::review {

namespace {

QString agentPart(const FrameCall& call)
{
    return QStringLiteral("agent=") +
           (call.agentId > 0 ? QString::number(call.agentId) : QStringLiteral("none"));
}

QString weekOf(const FrameCall& call, const QTimeZone& zone)
{
    if (call.startedAtMs == 0)
        return QStringLiteral("no-date");
    int year = 0;
    const int week =
        QDateTime::fromMSecsSinceEpoch(call.startedAtMs, zone).date().weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QString daypartOf(const FrameCall& call, const QTimeZone& zone)
{
    if (call.startedAtMs == 0)
        return QStringLiteral("unknown");
    return daypart(QDateTime::fromMSecsSinceEpoch(call.startedAtMs, zone).time().hour());
}

} // namespace

QString durationBand(qint64 durationMs)
{
    constexpr qint64 minute = 60'000;
    if (durationMs < 2 * minute)
        return QStringLiteral("0-2min");
    if (durationMs < 5 * minute)
        return QStringLiteral("2-5min");
    if (durationMs < 10 * minute)
        return QStringLiteral("5-10min");
    return QStringLiteral("10min+");
}

QString daypart(int localHour)
{
    if (localHour < 6)
        return QStringLiteral("night");
    if (localHour < 12)
        return QStringLiteral("morning");
    if (localHour < 18)
        return QStringLiteral("afternoon");
    return QStringLiteral("evening");
}

CallPlace placeOf(const FrameCall& call, const SamplingRule& rule, const QTimeZone& zone)
{
    CallPlace place;
    switch (rule.quotaKind) {
    case QuotaKind::Total:
        place.group = QStringLiteral("all");
        break;
    case QuotaKind::PerAgentPerPeriod:
        place.group = agentPart(call);
        break;
    case QuotaKind::PerAgentPerWeek:
        place.group = agentPart(call) + QStringLiteral("/week=") + weekOf(call, zone);
        break;
    }
    QStringList parts;
    for (StratumDimension dimension : rule.stratify) {
        switch (dimension) {
        case StratumDimension::Agent:
            if (rule.quotaKind == QuotaKind::Total) // per-agent groups hold one agent already
                parts << agentPart(call);
            break;
        case StratumDimension::Queue:
            parts << QStringLiteral("queue=") +
                         (call.queue.isEmpty() ? QStringLiteral("none") : call.queue);
            break;
        case StratumDimension::Duration:
            parts << QStringLiteral("duration=") + durationBand(call.durationMs);
            break;
        case StratumDimension::Daypart:
            parts << QStringLiteral("daypart=") + daypartOf(call, zone);
            break;
        }
    }
    place.stratum = parts.isEmpty() ? QStringLiteral("all") : parts.join(QLatin1Char('/'));
    return place;
}

} // namespace callqa::review
