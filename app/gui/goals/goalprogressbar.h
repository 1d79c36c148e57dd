#pragma once

#include "review/goals/goalstatus.h"

#include <QColor>
#include <QRect>

#include <optional>

namespace callqa::app {

// Where a goal's progress bar is drawn inside `cell`: the filled part from the left edge, the
// share done of the way from baseline to target (clamped to 0..1; none without a value), and the
// pace marker at the share expected by now.
struct ProgressBarGeometry {
    QRect fill;
    int paceX = 0;
    QRect band; // the 95 % interval as shares of the way (clamped); empty without one
};

// The 95 % interval's ends as shares of the way from baseline to target, lower first.
struct IntervalShares {
    double low = 0;
    double high = 0;
};

// Pure: (value - baseline) / (target - baseline) for both ends; nullopt without an interval or
// when baseline and target are equal.
std::optional<IntervalShares> intervalShares(double baseline, double target,
                                             const std::optional<review::Interval>& ci95);

// Pure.
ProgressBarGeometry progressBarGeometry(const QRect& cell, std::optional<double> shareDone,
                                        double shareExpected,
                                        std::optional<IntervalShares> interval = std::nullopt);

// The colour a status is shown in: green achieved and on track, amber at risk, red missed, grey
// not started and not enough data.
QColor statusColour(review::GoalStatus status);

// "on track", "at risk", ... (translated).
QString statusText(review::GoalStatus status);

} // namespace callqa::app
