#include "review/metrics/metriccatalog.h"

#include <QCoreApplication>

namespace callqa::review {

const QList<MetricInfo>& metricCatalog()
{
    using S = MetricSource;
    using A = Aggregate;
    static const QList<MetricInfo> catalog = {
        {QStringLiteral("qa_score"), S::Evaluations, A::Mean, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics", "average QA score, percent")},
        {QStringLiteral("pass_rate"), S::Evaluations, A::Rate, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics", "share of evaluations that passed")},
        {QStringLiteral("critical_fail_rate"), S::Evaluations, A::Rate, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics", "share of evaluations with a critical fail")},
        {QStringLiteral("item_compliance"), S::Evaluations, A::Rate, true,
         QT_TRANSLATE_NOOP("callqa::review::Metrics",
                           "share of applicable answers to one item (by key) with full points")},
        {QStringLiteral("evaluations_done"), S::Evaluations, A::Count, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics", "number of evaluations")},
        {QStringLiteral("disputes_upheld_rate"), S::Evaluations, A::Rate, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics",
                           "share of decided disputes that were upheld (re-scored)")},
        {QStringLiteral("dead_air_s"), S::TalkAnalysis, A::Mean, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics", "average dead air per call, seconds")},
        {QStringLiteral("overtalk_share"), S::TalkAnalysis, A::Mean, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics",
                           "average share of a call spent talking over each other")},
        {QStringLiteral("agent_talk_share"), S::TalkAnalysis, A::Mean, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics", "average agent share of the talk")},
        {QStringLiteral("longest_monologue_s"), S::TalkAnalysis, A::Mean, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics",
                           "average longest agent monologue per call, seconds")},
        {QStringLiteral("csat"), S::CallMetrics, A::Mean, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics", "average customer satisfaction, 1-5")},
        {QStringLiteral("csat_percent"), S::CallMetrics, A::Percent, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics",
                           "percent of satisfaction answers that are 4 or 5")},
        {QStringLiteral("nps"), S::CallMetrics, A::Mean, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics",
                           "net promoter score: percent 9-10 minus percent 0-6")},
        {QStringLiteral("wait_s"), S::CallMetrics, A::Mean, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics", "average wait in the queue, seconds")},
        {QStringLiteral("wait_median_s"), S::CallMetrics, A::Median, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics", "median wait in the queue, seconds")},
        {QStringLiteral("service_level"), S::CallMetrics, A::Rate, false,
         QT_TRANSLATE_NOOP(
             "callqa::review::Metrics",
             "share of calls answered within T seconds (setting metrics.service_level_s)")},
        {QStringLiteral("escalation_rate"), S::CallMetrics, A::Rate, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics", "share of calls escalated to a manager")},
        {QStringLiteral("complaint_rate"), S::CallMetrics, A::Rate, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics", "share of calls with a complaint")},
        {QStringLiteral("fcr_rate"), S::CallMetrics, A::Rate, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics",
                           "share of calls resolved at the first contact")},
        {QStringLiteral("resolution_time_s"), S::CallMetrics, A::Median, false,
         QT_TRANSLATE_NOOP(
             "callqa::review::Metrics",
             "median time from opening a case to the customer having the fix, seconds")},
        {QStringLiteral("recovery_rate"), S::CallMetrics, A::Rate, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics", "share of unhappy customers won back")},
        {QStringLiteral("repeat_contact_rate"), S::CallMetrics, A::Rate, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics",
                           "share of calls whose customer calls again within N days (setting "
                           "metrics.repeat_contact_days)")},
        {QStringLiteral("customers_per_day"), S::AgentDays, A::Mean, false,
         QT_TRANSLATE_NOOP("callqa::review::Metrics", "customers served per agent per day")},
    };
    return catalog;
}

const MetricInfo* findMetric(const QString& id)
{
    for (const MetricInfo& metric : metricCatalog()) {
        if (metric.id == id)
            return &metric;
    }
    return nullptr;
}

QString describe(const MetricInfo& metric)
{
    return QCoreApplication::translate("callqa::review::Metrics", metric.description);
}

QString sourceName(MetricSource source)
{
    switch (source) {
    case MetricSource::Evaluations:
        return QStringLiteral("evaluations");
    case MetricSource::TalkAnalysis:
        return QStringLiteral("talk_analysis");
    case MetricSource::CallMetrics:
        return QStringLiteral("call_metrics");
    case MetricSource::AgentDays:
        return QStringLiteral("agent_days");
    }
    return {};
}

} // namespace callqa::review
