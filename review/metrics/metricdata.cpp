#include "review/metrics/metricdata.h"

#include "review/metrics/countedevaluations.h"
#include "review/storage/database.h"

namespace callqa::review {

namespace {

// The call_metrics column a metric reads.
QString callMetricsColumn(const QString& id)
{
    if (id == QLatin1String("csat") || id == QLatin1String("csat_percent"))
        return QStringLiteral("csat");
    if (id == QLatin1String("nps"))
        return QStringLiteral("nps");
    if (id == QLatin1String("wait_s") || id == QLatin1String("wait_median_s"))
        return QStringLiteral("wait_s");
    if (id == QLatin1String("service_level"))
        return QStringLiteral("answered_within_s");
    if (id == QLatin1String("escalation_rate"))
        return QStringLiteral("escalated");
    if (id == QLatin1String("complaint_rate"))
        return QStringLiteral("complaint");
    if (id == QLatin1String("fcr_rate"))
        return QStringLiteral("resolved_first_contact");
    if (id == QLatin1String("resolution_time_s"))
        return QStringLiteral("case_resolved_at");
    if (id == QLatin1String("recovery_rate"))
        return QStringLiteral("recovered");
    return QStringLiteral("customer_id"); // repeat_contact_rate
}

QString talkColumn(const QString& id)
{
    if (id == QLatin1String("agent_talk_share"))
        return QStringLiteral("agent_share");
    if (id == QLatin1String("longest_monologue_s"))
        return QStringLiteral("longest_agent_monologue_ms");
    return QStringLiteral("duration_ms");
}

} // namespace

qint64 metricRowCount(Database& db, const MetricInfo& metric)
{
    QString sql;
    switch (metric.source) {
    case MetricSource::Evaluations:
        if (metric.id == QLatin1String("disputes_upheld_rate")) {
            sql = QStringLiteral("SELECT count(*) FROM disputes WHERE state IN ('accepted', "
                                 "'rejected')");
            break;
        }
        sql = metric.needsItem
                  ? QStringLiteral("SELECT count(*) FROM evaluation_answers a JOIN evaluations e "
                                   "ON e.id = a.evaluation_id WHERE ") +
                        countedEvaluationsCondition(QStringLiteral("e"))
                  : QStringLiteral("SELECT count(*) FROM evaluations e WHERE ") +
                        countedEvaluationsCondition(QStringLiteral("e"));
        break;
    case MetricSource::TalkAnalysis:
        sql = QStringLiteral("SELECT count(*) FROM call_analysis WHERE %1 IS NOT NULL")
                  .arg(talkColumn(metric.id));
        break;
    case MetricSource::CallMetrics:
        sql = QStringLiteral("SELECT count(*) FROM call_metrics WHERE %1 IS NOT NULL")
                  .arg(callMetricsColumn(metric.id));
        break;
    case MetricSource::AgentDays:
        sql = QStringLiteral("SELECT count(*) FROM agent_days");
        break;
    }
    return db.scalar(sql).toLongLong();
}

Result<QList<MetricAvailability>> metricAvailability(Database& db)
{
    try {
        QList<MetricAvailability> out;
        for (const MetricInfo& metric : metricCatalog())
            out << MetricAvailability{&metric, metricRowCount(db, metric)};
        return out;
    } catch (const DbError& error) {
        return Result<QList<MetricAvailability>>::failure(error.message());
    }
}

} // namespace callqa::review
