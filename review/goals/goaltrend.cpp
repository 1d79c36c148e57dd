#include "review/goals/goaltrend.h"

#include "review/metrics/metricrollup.h"
#include "review/storage/workspace.h"

#include <algorithm>

namespace callqa::review {

namespace {

constexpr qint64 kWeekMs = 7LL * 24 * 3600 * 1000;

} // namespace

QList<DateWindow> weeklyWindows(qint64 fromMs, qint64 toMs, int maxWeeks)
{
    QList<DateWindow> weeks;
    for (qint64 start = fromMs; start < toMs; start += kWeekMs)
        weeks << DateWindow{start, std::min(toMs, start + kWeekMs)};
    if (weeks.size() > maxWeeks)
        weeks = weeks.mid(weeks.size() - maxWeeks);
    return weeks;
}

Result<QList<TrendPoint>> goalTrend(Workspace& workspace, const Actor& actor, const Goal& goal)
{
    const qint64 from = goal.baselineFromMs ? std::min(*goal.baselineFromMs, goal.current.startMs)
                                            : goal.current.startMs;
    const qint64 to = std::min(workspace.now(), goal.current.endMs());
    QList<TrendPoint> points;
    MetricRollups rollups(workspace, actor);
    for (const DateWindow& week : weeklyWindows(from, to)) {
        const auto rollup = rollups.compute({goal.metric, goal.itemKey, goal.scope, week});
        if (!rollup)
            return Result<QList<TrendPoint>>::failure(rollup.error());
        points << TrendPoint{week, rollup->value,
                             goal.baselineFromMs && goal.baselineToMs &&
                                 week.fromMs >= *goal.baselineFromMs &&
                                 week.fromMs < *goal.baselineToMs};
    }
    return points;
}

} // namespace callqa::review
