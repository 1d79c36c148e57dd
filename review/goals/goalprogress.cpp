#include "review/goals/goalprogress.h"

#include "review/goals/goalstore.h"
#include "review/goals/goaltasks.h"
#include "review/metrics/metriccatalog.h"
#include "review/storage/workspace.h"

#include <algorithm>

namespace callqa::review {

Result<GoalProgress> goalProgress(Workspace& workspace, const Actor& actor, qint64 goalId)
{
    using R = Result<GoalProgress>;
    const auto goal = GoalStore(workspace, actor).find(goalId);
    if (!goal)
        return R::failure(goal.error());
    GoalProgress out;
    out.goal = *goal;
    const GoalVersion& v = goal->current;
    const qint64 now = workspace.now();
    const qint64 until = std::max(v.startMs, std::min(now, v.endMs()));
    const auto rollup =
        MetricRollups(workspace, actor)
            .compute({goal->metric, goal->itemKey, goal->scope, {v.startMs, until}});
    if (!rollup)
        return R::failure(rollup.error());
    out.current = rollup->value;
    out.ci95 = intervalOf(rollup->sample);
    out.agents = rollup->agents;
    const MetricInfo* metric = findMetric(goal->metric);
    ProgressFacts facts;
    facts.direction = goal->direction;
    facts.baseline = goal->baseline;
    facts.target = v.target;
    facts.startMs = v.startMs;
    facts.endMs = v.endMs();
    facts.nowMs = now;
    facts.current = out.current.value;
    facts.ci95 = out.ci95;
    facts.n = out.current.n;
    facts.minimumN = metric ? minimumRows(metric->aggregate) : 1;
    out.judgement = judgeProgress(facts);
    const auto tasks = GoalTasks(workspace, actor).list(goalId);
    if (!tasks)
        return R::failure(tasks.error());
    out.tasks = *tasks;
    const auto trend = goalTrend(workspace, actor, out.goal);
    if (!trend)
        return R::failure(trend.error());
    out.trend = *trend;
    for (const GoalTask& t : out.tasks) {
        if (!t.done && t.dueMs && *t.dueMs + 24LL * 3600 * 1000 <= now)
            out.behindTaskIds << t.id;
    }
    return out;
}

} // namespace callqa::review
