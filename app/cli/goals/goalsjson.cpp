#include "app/cli/goals/goalsjson.h"

#include "review/metrics/metricscope.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace callqa::app {

namespace {

QJsonValue orNull(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString goalsTr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Goals", text);
}

QJsonObject goalToJson(const review::Goal& goal)
{
    const review::GoalVersion& v = goal.current;
    QJsonArray versions;
    for (const review::GoalVersion& old : goal.versions)
        versions.append(
            QJsonObject{{QStringLiteral("version"), old.version},
                        {QStringLiteral("target"), old.target},
                        {QStringLiteral("deadline"), review::dayText(old.deadlineMs)},
                        {QStringLiteral("owner"), old.owner},
                        {QStringLiteral("reason"), old.reason},
                        {QStringLiteral("changed_by"), old.changedBy},
                        {QStringLiteral("changed_on"), review::dayText(old.changedAt)}});
    return QJsonObject{
        {QStringLiteral("id"), goal.id},
        {QStringLiteral("scope"), goal.scope.toText()},
        {QStringLiteral("metric"), goal.metric},
        {QStringLiteral("item"),
         goal.itemKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(goal.itemKey)},
        {QStringLiteral("direction"), review::directionName(goal.direction)},
        {QStringLiteral("baseline"), goal.baseline},
        {QStringLiteral("baseline_from"), goal.baselineFromMs
                                              ? QJsonValue(review::dayText(*goal.baselineFromMs))
                                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("baseline_to"),
         goal.baselineToMs ? QJsonValue(review::dayText(*goal.baselineToMs - 24LL * 3600 * 1000))
                           : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("baseline_note"), goal.baselineNote},
        {QStringLiteral("target"), v.target},
        {QStringLiteral("start"), review::dayText(v.startMs)},
        {QStringLiteral("deadline"), review::dayText(v.deadlineMs)},
        {QStringLiteral("owner"), v.owner},
        {QStringLiteral("why"), v.why},
        {QStringLiteral("version"), v.version},
        {QStringLiteral("versions"), versions},
    };
}

QJsonObject taskToJson(const review::GoalTask& task)
{
    return QJsonObject{
        {QStringLiteral("id"), task.id},
        {QStringLiteral("goal"), task.goalId},
        {QStringLiteral("title"), task.title},
        {QStringLiteral("owner"), task.owner},
        {QStringLiteral("due"),
         task.dueMs ? QJsonValue(review::dayText(*task.dueMs)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("done"), task.done},
        {QStringLiteral("action_item"),
         task.actionItemId ? QJsonValue(*task.actionItemId) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject progressToJson(const review::GoalProgress& progress)
{
    QJsonObject object = goalToJson(progress.goal);
    object.insert(QStringLiteral("current"), orNull(progress.current.value));
    object.insert(QStringLiteral("ci95"),
                  progress.ci95 ? QJsonValue(QJsonArray{progress.ci95->low, progress.ci95->high})
                                : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("n"), progress.current.n);
    object.insert(QStringLiteral("share_done"), orNull(progress.judgement.shareDone));
    object.insert(QStringLiteral("share_expected"), progress.judgement.shareExpected);
    object.insert(QStringLiteral("status"), review::statusName(progress.judgement.status));
    QJsonArray agents;
    for (const review::AgentContribution& a : progress.agents)
        agents.append(QJsonObject{{QStringLiteral("agent_id"), a.agentId},
                                  {QStringLiteral("name"), a.agentName},
                                  {QStringLiteral("value"), orNull(a.value.value)},
                                  {QStringLiteral("n"), a.value.n}});
    object.insert(QStringLiteral("agents"), agents);
    QJsonArray tasks;
    for (const review::GoalTask& t : progress.tasks) {
        QJsonObject task = taskToJson(t);
        task.insert(QStringLiteral("behind"), progress.behindTaskIds.contains(t.id));
        tasks.append(task);
    }
    object.insert(QStringLiteral("tasks"), tasks);
    QJsonArray trend;
    for (const review::TrendPoint& point : progress.trend)
        trend.append(QJsonObject{{QStringLiteral("week"), review::dayText(point.week.fromMs)},
                                 {QStringLiteral("value"), orNull(point.value.value)},
                                 {QStringLiteral("n"), point.value.n},
                                 {QStringLiteral("in_baseline"), point.inBaseline}});
    object.insert(QStringLiteral("trend"), trend);
    return object;
}

} // namespace callqa::app
