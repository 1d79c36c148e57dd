#include "review/metrics/metriccatalog.h"

#include <QCoreApplication>

namespace callqa::review {

namespace {

#define CALLQA_METRIC(text) QT_TRANSLATE_NOOP("callqa::review::Metrics", text)

} // namespace

const QList<MetricInfo>& metricCatalog()
{
    using S = MetricSource;
    using A = Aggregate;
    static const QList<MetricInfo> catalog = {
        {QStringLiteral("qa_score"), S::Evaluations, A::Mean, false,
         CALLQA_METRIC("average QA score, percent")},
        {QStringLiteral("pass_rate"), S::Evaluations, A::Rate, false,
         CALLQA_METRIC("share of evaluations that passed")},
        {QStringLiteral("critical_fail_rate"), S::Evaluations, A::Rate, false,
         CALLQA_METRIC("share of evaluations with a critical fail")},
        {QStringLiteral("item_compliance"), S::Evaluations, A::Rate, true,
         CALLQA_METRIC("share of applicable answers to one item (by key) with full points")},
        {QStringLiteral("evaluations_done"), S::Evaluations, A::Count, false,
         CALLQA_METRIC("number of evaluations")},
        {QStringLiteral("dead_air_s"), S::TalkAnalysis, A::Mean, false,
         CALLQA_METRIC("average dead air per call, seconds")},
        {QStringLiteral("overtalk_share"), S::TalkAnalysis, A::Mean, false,
         CALLQA_METRIC("average share of a call spent talking over each other")},
        {QStringLiteral("agent_talk_share"), S::TalkAnalysis, A::Mean, false,
         CALLQA_METRIC("average agent share of the talk")},
        {QStringLiteral("longest_monologue_s"), S::TalkAnalysis, A::Mean, false,
         CALLQA_METRIC("average longest agent monologue per call, seconds")},
        {QStringLiteral("csat"), S::CallMetrics, A::Mean, false,
         CALLQA_METRIC("average customer satisfaction, 1-5")},
        {QStringLiteral("csat_percent"), S::CallMetrics, A::Percent, false,
         CALLQA_METRIC("percent of satisfaction answers that are 4 or 5")},
        {QStringLiteral("nps"), S::CallMetrics, A::Mean, false,
         CALLQA_METRIC("net promoter score: percent 9-10 minus percent 0-6")},
        {QStringLiteral("wait_s"), S::CallMetrics, A::Mean, false,
         CALLQA_METRIC("average wait in the queue, seconds")},
        {QStringLiteral("wait_median_s"), S::CallMetrics, A::Median, false,
         CALLQA_METRIC("median wait in the queue, seconds")},
        {QStringLiteral("service_level"), S::CallMetrics, A::Rate, false,
         CALLQA_METRIC(
             "share of calls answered within T seconds (setting metrics.service_level_s)")},
        {QStringLiteral("escalation_rate"), S::CallMetrics, A::Rate, false,
         CALLQA_METRIC("share of calls escalated to a manager")},
        {QStringLiteral("complaint_rate"), S::CallMetrics, A::Rate, false,
         CALLQA_METRIC("share of calls with a complaint")},
        {QStringLiteral("fcr_rate"), S::CallMetrics, A::Rate, false,
         CALLQA_METRIC("share of calls resolved at the first contact")},
        {QStringLiteral("resolution_time_s"), S::CallMetrics, A::Median, false,
         CALLQA_METRIC("median time from opening a case to the customer having the fix, seconds")},
        {QStringLiteral("recovery_rate"), S::CallMetrics, A::Rate, false,
         CALLQA_METRIC("share of unhappy customers won back")},
        {QStringLiteral("repeat_contact_rate"), S::CallMetrics, A::Rate, false,
         CALLQA_METRIC("share of calls whose customer calls again within N days (setting "
                       "metrics.repeat_contact_days)")},
        {QStringLiteral("customers_per_day"), S::AgentDays, A::Mean, false,
         CALLQA_METRIC("customers served per agent per day")},
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
