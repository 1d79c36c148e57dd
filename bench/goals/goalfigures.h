#pragma once

#include "review/goals/goalprogress.h"

#include <QHash>

namespace callqa::bench {

// The numbers a goal's progress rests on, whichever way they were computed.
struct GoalFigures {
    review::MetricValue current;
    std::optional<review::Interval> ci95;
    QList<review::MetricValue> weeks;
    QHash<QString, review::MetricValue> agents; // by agent id
};

GoalFigures figuresOf(const review::GoalProgress& progress);

// Differences between two sets of figures by goal id (a few described, and how many in all).
struct FigureComparison {
    qint64 goals = 0;
    qint64 differences = 0;
    QStringList examples;
};

FigureComparison compareFigures(const QHash<qint64, GoalFigures>& library,
                                const QHash<qint64, GoalFigures>& sql);

} // namespace callqa::bench
