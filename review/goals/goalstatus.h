#pragma once

#include "review/goals/goalrules.h"
#include "review/goals/interval.h"

#include <QString>

#include <optional>

namespace callqa::review {

enum class GoalStatus { NotStarted, OnTrack, AtRisk, Achieved, Missed, NotEnoughData };
QString statusName(GoalStatus status); // "not_started", "on_track", ... (locale-neutral)

struct ProgressFacts {
    GoalDirection direction = GoalDirection::Raise;
    double baseline = 0;
    double target = 0;
    qint64 startMs = 0;
    qint64 endMs = 0; // end of the deadline day
    qint64 nowMs = 0;
    std::optional<double> current; // over [start, min(now, end))
    std::optional<Interval> ci95;
    qsizetype n = 0;
    qsizetype minimumN = 0;
};

struct ProgressJudgement {
    GoalStatus status = GoalStatus::NotStarted;
    std::optional<double> shareDone; // (current - baseline) / (target - baseline)
    double shareExpected = 0;        // elapsed share of start..end, 0..1
};

// Pure, in this order:
//  - now before the start: not started;
//  - no current value, or n below the metric's minimum: not enough data;
//  - the current value reaches the target (>= for raise, <= for lower): achieved;
//  - the deadline has passed: missed;
//  - the 95 % interval covers both the baseline and the target: not enough data (too wide to
//    tell on track from at risk);
//  - share done >= share expected: on track; otherwise at risk.
ProgressJudgement judgeProgress(const ProgressFacts& facts);

// The fewest rows a status may rest on: 20 for rates, 10 for means and medians, 1 for counts.
qsizetype minimumRows(Aggregate aggregate);

} // namespace callqa::review
