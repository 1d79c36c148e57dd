#pragma once

#include "review/auth/permissions.h"
#include "review/goals/goal.h"
#include "review/metrics/metricscope.h"
#include "review/metrics/sample.h"
#include "review/result.h"

#include <QList>

namespace callqa::review {

class Workspace;

struct TrendPoint {
    DateWindow week;         // seven days from the series' first day; the last one may be cut short
    MetricValue value;       // over that week's rows
    bool inBaseline = false; // the week lies in the measured baseline window
};

// Pure: consecutive seven-day windows from `fromMs`, the last one ending at `toMs`; at most
// `maxWeeks` (the newest kept).
QList<DateWindow> weeklyWindows(qint64 fromMs, qint64 toMs, int maxWeeks = 260);

// The goal's weekly series: from its measured baseline window (or its start) up to now or the end
// of its deadline day, whichever comes first.
Result<QList<TrendPoint>> goalTrend(Workspace& workspace, const Actor& actor, const Goal& goal);

} // namespace callqa::review
