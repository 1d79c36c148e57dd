#pragma once

#include "review/storage/workspace.h"

#include <QStringList>

namespace callqa::bench {

// The shape of the generated workspace: every agent takes one call a day, each call has one
// evaluation with `answers` answers and one row of phone-system and survey figures, and every
// agent has one row of customers served per day, so there are as many agent-days as calls.
struct GoalsWorkspaceSize {
    qint64 evaluations = 1'000'000;
    qint64 agents = 5'000;
    qint64 teams = 200;
    int answers = 20;
    QStringList metrics; // one goal per metric for every agent, every team and the floor

    qint64 days() const { return evaluations / agents; }
};

// The days and windows every generated goal shares (epoch ms).
struct GoalsCalendar {
    qint64 firstDayMs = 0;     // the first day of calls
    qint64 baselineFromMs = 0; // four weeks before the start
    qint64 startMs = 0;
    qint64 deadlineMs = 0; // twelve weeks after the start (the day counts)
    qint64 nowMs = 0;      // six weeks and half a day after the start
};

GoalsCalendar goalsCalendar(const GoalsWorkspaceSize& size);

// Fills an empty workspace with bulk SQL (a statement per table, not the per-row write paths):
// teams, agents (every 50th moves team half-way), calls, evaluations on one published checklist,
// their answers, call metrics (csat, escalations, customers calling back), agent-days, and the
// goals with their versions and tasks. Returns the number of goals; throws DbError.
qint64 fillGoalsWorkspace(review::Workspace& workspace, const GoalsWorkspaceSize& size);

} // namespace callqa::bench
