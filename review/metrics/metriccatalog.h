#pragma once

#include "review/metrics/sample.h"

#include <QList>
#include <QString>

namespace callqa::review {

// Where a metric's rows come from.
enum class MetricSource { Evaluations, TalkAnalysis, CallMetrics, AgentDays };

// Which way is better, so a goal's direction can be checked against it.
struct MetricInfo {
    QString id; // locale-neutral, as on the command line and in JSON
    MetricSource source = MetricSource::Evaluations;
    Aggregate aggregate = Aggregate::Mean;
    bool needsItem = false;       // item_compliance: needs an item key
    const char* description = ""; // untranslated; describe() translates it
};

// Every metric, in the order `callqa metrics list` shows them.
const QList<MetricInfo>& metricCatalog();
// The metric with this id, or nullptr.
const MetricInfo* findMetric(const QString& id);
// The metric's description in the user's language.
QString describe(const MetricInfo& metric);
// The source's locale-neutral name ("evaluations", "talk_analysis", "call_metrics",
// "agent_days").
QString sourceName(MetricSource source);

} // namespace callqa::review
