#include "review/metrics/callmetrics.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace callqa::review {

namespace {

Sample flagSample(const QList<CallMetricFacts>& calls,
                  const std::function<std::optional<bool>(const CallMetricFacts&)>& flag)
{
    Sample sample{Aggregate::Rate, {}};
    for (const CallMetricFacts& c : calls) {
        if (const std::optional<bool> value = flag(c))
            sample.values.push_back(*value ? 1.0 : 0.0);
    }
    return sample;
}

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

} // namespace

Sample csatSample(const QList<CallMetricFacts>& calls)
{
    Sample sample{Aggregate::Mean, {}, 1, 5};
    for (const CallMetricFacts& c : calls) {
        if (c.csat)
            sample.values.push_back(*c.csat);
    }
    return sample;
}

Sample csatPercentSample(const QList<CallMetricFacts>& calls)
{
    Sample sample{Aggregate::Percent, {}};
    for (const CallMetricFacts& c : calls) {
        if (c.csat)
            sample.values.push_back(*c.csat >= 4 ? 1.0 : 0.0);
    }
    return sample;
}

Sample npsSample(const QList<CallMetricFacts>& calls)
{
    Sample sample{Aggregate::Mean, {}, -100, 100};
    for (const CallMetricFacts& c : calls) {
        if (c.nps)
            sample.values.push_back(*c.nps >= 9 ? 100.0 : (*c.nps >= 7 ? 0.0 : -100.0));
    }
    return sample;
}

Sample waitSample(const QList<CallMetricFacts>& calls)
{
    Sample sample{Aggregate::Mean, {}, 0};
    for (const CallMetricFacts& c : calls) {
        if (c.waitS)
            sample.values.push_back(*c.waitS);
    }
    return sample;
}

Sample waitMedianSample(const QList<CallMetricFacts>& calls)
{
    Sample sample = waitSample(calls);
    sample.aggregate = Aggregate::Median;
    return sample;
}

Sample serviceLevelSample(const QList<CallMetricFacts>& calls, double thresholdS)
{
    Sample sample{Aggregate::Rate, {}};
    for (const CallMetricFacts& c : calls) {
        if (c.answeredWithinS)
            sample.values.push_back(*c.answeredWithinS <= thresholdS ? 1.0 : 0.0);
    }
    return sample;
}

Sample escalationRateSample(const QList<CallMetricFacts>& calls)
{
    return flagSample(calls, [](const CallMetricFacts& c) { return c.escalated; });
}

Sample complaintRateSample(const QList<CallMetricFacts>& calls)
{
    return flagSample(calls, [](const CallMetricFacts& c) { return c.complaint; });
}

Sample fcrRateSample(const QList<CallMetricFacts>& calls)
{
    return flagSample(calls, [](const CallMetricFacts& c) { return c.resolvedFirstContact; });
}

Sample recoveryRateSample(const QList<CallMetricFacts>& calls)
{
    return flagSample(calls, [](const CallMetricFacts& c) { return c.recovered; });
}

Sample resolutionTimeSample(const QList<CallMetricFacts>& calls)
{
    struct Span {
        std::optional<qint64> opened;
        std::optional<qint64> resolved;
    };
    QHash<QString, Span> cases;
    QList<QString> order;
    for (const CallMetricFacts& c : calls) {
        if (c.caseId.isEmpty())
            continue;
        if (!cases.contains(c.caseId))
            order << c.caseId;
        Span& span = cases[c.caseId];
        if (c.caseOpenedAtMs)
            span.opened =
                span.opened ? std::min(*span.opened, *c.caseOpenedAtMs) : *c.caseOpenedAtMs;
        if (c.caseResolvedAtMs)
            span.resolved =
                span.resolved ? std::max(*span.resolved, *c.caseResolvedAtMs) : *c.caseResolvedAtMs;
    }
    Sample sample{Aggregate::Median, {}};
    for (const QString& id : std::as_const(order)) {
        const Span& span = cases.value(id);
        if (span.opened && span.resolved)
            sample.values.push_back(double(*span.resolved - *span.opened) / 1000.0);
    }
    return sample;
}

ContactStarts contactStartsOf(const QList<CallMetricFacts>& everyContact)
{
    ContactStarts starts;
    for (const CallMetricFacts& c : everyContact) {
        if (!c.customerId.isEmpty() && c.startedAtMs)
            starts[c.customerId] << *c.startedAtMs;
    }
    for (QList<qint64>& list : starts)
        std::sort(list.begin(), list.end());
    return starts;
}

Sample repeatContactSample(const QList<CallMetricFacts>& counted,
                           const QList<CallMetricFacts>& everyContact, int days)
{
    return repeatContactSample(counted, contactStartsOf(everyContact), days);
}

Sample repeatContactSample(const QList<CallMetricFacts>& counted, const ContactStarts& starts,
                           int days)
{
    Sample sample{Aggregate::Rate, {}};
    const qint64 horizon = qint64(days) * kDayMs;
    for (const CallMetricFacts& c : counted) {
        if (c.customerId.isEmpty() || !c.startedAtMs)
            continue;
        const auto found = starts.constFind(c.customerId);
        bool again = false;
        if (found != starts.constEnd()) {
            const auto later = std::upper_bound(found->begin(), found->end(), *c.startedAtMs);
            again = later != found->end() && *later - *c.startedAtMs <= horizon;
        }
        sample.values.push_back(again ? 1.0 : 0.0);
    }
    return sample;
}

Sample customersPerDaySample(const QList<AgentDayFacts>& days)
{
    Sample sample{Aggregate::Mean, {}, 0};
    for (const AgentDayFacts& d : days)
        sample.values.push_back(double(d.customersServed));
    return sample;
}

} // namespace callqa::review
