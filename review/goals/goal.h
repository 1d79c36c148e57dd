#pragma once

#include "review/goals/goalrules.h"
#include "review/metrics/metricscope.h"

#include <QList>
#include <QString>

#include <optional>

namespace callqa::review {

// One version of a goal's terms. Version 1 is the goal as added; each adjustment adds one.
struct GoalVersion {
    int version = 1;
    double target = 0;
    qint64 startMs = 0;    // UTC midnight of the start day
    qint64 deadlineMs = 0; // UTC midnight of the deadline day (the day counts)
    QString owner;
    QString why;
    QString reason; // why it was adjusted; empty for version 1
    QString changedBy;
    qint64 changedAt = 0;

    qint64 endMs() const { return deadlineMs + 24LL * 3600 * 1000; }
};

struct Goal {
    qint64 id = 0;
    MetricScope scope;
    QString metric;
    QString itemKey;
    GoalDirection direction = GoalDirection::Raise;
    double baseline = 0;
    std::optional<qint64> baselineFromMs; // the window it was measured over, if measured
    std::optional<qint64> baselineToMs;
    QString baselineNote;        // where an entered baseline came from
    GoalVersion current;         // the version in force
    QList<GoalVersion> versions; // every version, oldest first
};

struct GoalTask {
    qint64 id = 0;
    qint64 goalId = 0;
    QString title;
    QString owner;
    std::optional<qint64> dueMs;
    bool done = false;
    std::optional<qint64> doneAt;
    std::optional<qint64> actionItemId; // a coaching action item, once those exist
};

} // namespace callqa::review
