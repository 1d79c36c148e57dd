#include "review/goals/goalprogress.h"

#include "review/goals/goalstore.h"
#include "review/goals/goaltasks.h"
#include "review/metrics/metriccatalog.h"
#include "review/storage/workspace.h"

#include <algorithm>
#include <map>

namespace callqa::review {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// The window a goal's current figure is over: its start up to now or the end of its deadline day.
DateWindow currentWindow(const Goal& goal, qint64 now)
{
    const GoalVersion& v = goal.current;
    return {v.startMs, std::max(v.startMs, std::min(now, v.endMs()))};
}

GoalProgress progressOf(const Goal& goal, const MetricSeries& series,
                        const QList<DateWindow>& weeks, QList<GoalTask> tasks, qint64 now)
{
    GoalProgress out;
    out.goal = goal;
    out.current = series.current.value;
    out.ci95 = intervalOf(series.current.sample);
    out.agents = series.current.agents;
    const MetricInfo* metric = findMetric(goal.metric);
    ProgressFacts facts;
    facts.direction = goal.direction;
    facts.baseline = goal.baseline;
    facts.target = goal.current.target;
    facts.startMs = goal.current.startMs;
    facts.endMs = goal.current.endMs();
    facts.nowMs = now;
    facts.current = out.current.value;
    facts.ci95 = out.ci95;
    facts.n = out.current.n;
    facts.minimumN = metric ? minimumRows(metric->aggregate) : 1;
    out.judgement = judgeProgress(facts);
    out.tasks = std::move(tasks);
    out.trend = goalTrendPoints(goal, weeks, series.windows);
    for (const GoalTask& t : std::as_const(out.tasks)) {
        if (!t.done && t.dueMs && *t.dueMs + kDayMs <= now)
            out.behindTaskIds << t.id;
    }
    return out;
}

} // namespace

Result<GoalProgress> goalProgress(Workspace& workspace, const Actor& actor, qint64 goalId)
{
    using R = Result<GoalProgress>;
    const auto goal = GoalStore(workspace, actor).find(goalId);
    if (!goal)
        return R::failure(goal.error());
    const qint64 now = workspace.now();
    const QList<DateWindow> weeks = goalTrendWeeks(*goal, now);
    const auto series = MetricRollups(workspace, actor)
                            .computeSeries(goal->metric, goal->itemKey,
                                           {{goal->scope, currentWindow(*goal, now), weeks}});
    if (!series)
        return R::failure(series.error());
    if (!series->first())
        return R::failure(series->first().error());
    const auto tasks = GoalTasks(workspace, actor).list(goalId);
    if (!tasks)
        return R::failure(tasks.error());
    return progressOf(*goal, *series->first(), weeks, *tasks, now);
}

Result<QList<GoalProgress>> everyGoalProgress(Workspace& workspace, const Actor& actor)
{
    const auto goals = GoalStore(workspace, actor).list();
    if (!goals)
        return Result<QList<GoalProgress>>::failure(goals.error());
    return goalsProgress(workspace, actor, *goals);
}

Result<QList<GoalProgress>> goalsProgress(Workspace& workspace, const Actor& actor,
                                          const QList<Goal>& goalList)
{
    using R = Result<QList<GoalProgress>>;
    const QList<Goal>* goals = &goalList;
    const auto tasks = GoalTasks(workspace, actor).listOf(goalList);
    if (!tasks)
        return R::failure(tasks.error());
    QHash<qint64, QList<GoalTask>> tasksByGoal;
    for (const GoalTask& t : *tasks)
        tasksByGoal[t.goalId] << t;
    const qint64 now = workspace.now();
    // One read of rows per metric (and item) for all its goals.
    std::map<std::pair<QString, QString>, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < goals->size(); ++i)
        groups[{goals->at(i).metric, goals->at(i).itemKey}] << i;
    QList<std::optional<GoalProgress>> progress(goals->size());
    MetricRollups rollups(workspace, actor);
    for (const auto& [metric, members] : groups) {
        QList<MetricSeriesRequest> requests;
        QList<QList<DateWindow>> weeks;
        for (const qsizetype i : members) {
            const Goal& goal = goals->at(i);
            weeks << goalTrendWeeks(goal, now);
            requests << MetricSeriesRequest{goal.scope, currentWindow(goal, now), weeks.last()};
        }
        const auto series = rollups.computeSeries(metric.first, metric.second, requests);
        if (!series)
            return R::failure(series.error());
        for (qsizetype k = 0; k < members.size(); ++k) {
            const Goal& goal = goals->at(members.at(k));
            if (!series->at(k))
                return R::failure(series->at(k).error());
            progress[members.at(k)] =
                progressOf(goal, *series->at(k), weeks.at(k), tasksByGoal.value(goal.id), now);
        }
    }
    QList<GoalProgress> out;
    for (const auto& p : progress)
        out << *p;
    return out;
}

} // namespace callqa::review
