#pragma once

#include "review/goals/interval.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace callqa::review {

enum class GoalDirection { Raise, Lower };
QString directionName(GoalDirection direction); // "raise" | "lower"
std::optional<GoalDirection> directionFromName(const QString& name);

// What a goal (or a new version of it) proposes, with the facts the rules need.
struct GoalProposal {
    GoalDirection direction = GoalDirection::Raise;
    std::optional<double> baseline;
    double target = 0;
    std::optional<qint64> startMs;    // UTC midnight of the start day
    std::optional<qint64> deadlineMs; // UTC midnight of the deadline day (the day counts)
    qint64 metricRows = 0;            // rows of the metric's source in this workspace
    // The fastest change per week in the goal's direction the scope achieved between two
    // consecutive earlier windows of the goal's length; empty when there is no such history.
    std::optional<double> bestChangePerWeek;
};

struct GoalCheck {
    QStringList refusals; // any: the goal is not saved
    QStringList warnings; // shown, the goal is saved
    bool ok() const { return refusals.isEmpty(); }
};

// Pure. Refused: no deadline; no start; deadline before the start; no baseline; the target
// already met by the baseline (equal counts as met); no data for the metric in this workspace.
// (A target "on the wrong side" of the baseline for the direction is the same case as "already
// met": raise with target <= baseline, lower with target >= baseline; the message names the
// direction.) Warned ("achievable"): the change needed per week, |target - baseline| / weeks from
// start to deadline, exceeds bestChangePerWeek; the warning gives both figures.
GoalCheck checkGoal(const GoalProposal& goal);

// Weeks from start to the end of the deadline day.
double goalWeeks(qint64 startMs, qint64 deadlineMs);

} // namespace callqa::review
