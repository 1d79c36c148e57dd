#pragma once

#include "review/auth/permissions.h"
#include "review/goals/goal.h"
#include "review/goals/goalstatus.h"
#include "review/goals/goaltrend.h"
#include "review/metrics/metricrollup.h"
#include "review/result.h"

namespace callqa::review {

class Workspace;

struct GoalProgress {
    Goal goal;
    MetricValue current; // over [start, min(now, end of the deadline day)), by the version in force
    std::optional<Interval> ci95;
    ProgressJudgement judgement;
    QList<AgentContribution> agents; // a team's or the floor's figure by agent
    QList<GoalTask> tasks;
    QList<qint64> behindTaskIds; // not done and past due
    QList<TrendPoint> trend;     // weekly, over the baseline window too
};

// Progress of one goal now (Workspace::now), judged against the version in force.
Result<GoalProgress> goalProgress(Workspace& workspace, const Actor& actor, qint64 goalId);

// Progress of every goal the actor may see (GoalStore::list), in its order, from one read of
// each metric's rows for all of them.
Result<QList<GoalProgress>> everyGoalProgress(Workspace& workspace, const Actor& actor);

// Progress of these goals (as GoalStore::list gave them to this actor), in their order: a few
// (a screen's page) read scope by scope, many from one read of each metric's rows.
Result<QList<GoalProgress>> goalsProgress(Workspace& workspace, const Actor& actor,
                                          const QList<Goal>& goals);

} // namespace callqa::review
