#pragma once

#include "review/goals/goal.h"
#include "review/metrics/metricscope.h"
#include "review/metrics/sample.h"

#include <QList>

namespace callqa::review {

struct TrendPoint {
    DateWindow week;         // seven days from the series' first day; the last one may be cut short
    MetricValue value;       // over that week's rows
    bool inBaseline = false; // the week lies in the measured baseline window
};

// Pure: consecutive seven-day windows from `fromMs`, the last one ending at `toMs`; at most
// `maxWeeks` (the newest kept).
QList<DateWindow> weeklyWindows(qint64 fromMs, qint64 toMs, int maxWeeks = 260);

// Pure: the weeks of a goal's series: from its measured baseline window (or its start) up to
// `nowMs` or the end of its deadline day, whichever comes first.
QList<DateWindow> goalTrendWeeks(const Goal& goal, qint64 nowMs);

// Pure: the series' points from the weeks' figures (one per week of goalTrendWeeks).
QList<TrendPoint> goalTrendPoints(const Goal& goal, const QList<DateWindow>& weeks,
                                  const QList<MetricValue>& values);

} // namespace callqa::review
