#include "review/goals/goaltrend.h"

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

QList<DateWindow> goalTrendWeeks(const Goal& goal, qint64 nowMs)
{
    const qint64 from = goal.baselineFromMs ? std::min(*goal.baselineFromMs, goal.current.startMs)
                                            : goal.current.startMs;
    return weeklyWindows(from, std::min(nowMs, goal.current.endMs()));
}

QList<TrendPoint> goalTrendPoints(const Goal& goal, const QList<DateWindow>& weeks,
                                  const QList<MetricValue>& values)
{
    QList<TrendPoint> points;
    for (qsizetype i = 0; i < weeks.size() && i < values.size(); ++i) {
        const DateWindow& week = weeks.at(i);
        points << TrendPoint{week, values.at(i),
                             goal.baselineFromMs && goal.baselineToMs &&
                                 week.fromMs >= *goal.baselineFromMs &&
                                 week.fromMs < *goal.baselineToMs};
    }
    return points;
}

} // namespace callqa::review
