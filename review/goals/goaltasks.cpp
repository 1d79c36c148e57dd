#include "review/goals/goaltasks.h"

#include "review/audit/auditlog.h"
#include "review/auth/refusal.h"
#include "review/goals/goalstore.h"
#include "review/storage/changenotice.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::GoalTasks", text);
}

QVariant nullableLong(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

GoalTasks::GoalTasks(Workspace& workspace, Actor actor)
    : m_workspace(workspace), m_actor(std::move(actor))
{
}

Result<qint64> GoalTasks::add(qint64 goalId, const NewGoalTask& task)
{
    using R = Result<qint64>;
    if (const Status allowed = authorize(m_actor, Action::ManageTasks); !allowed)
        return R::failure(allowed.error());
    if (task.title.trimmed().isEmpty())
        return R::failure(tr("A task needs a title."));
    const std::optional<qint64> due = task.due.isEmpty() ? std::nullopt : parseDay(task.due);
    if (!task.due.isEmpty() && !due)
        return R::failure(tr("The due date \"%1\" is not a date (YYYY-MM-DD).").arg(task.due));
    qint64 id = 0;
    Database& db = m_workspace.db();
    const Status status = transactRefusable(db, [&] {
        if (!db.scalar(QStringLiteral("SELECT id FROM goals WHERE id = ?"), {goalId}).isValid())
            throw Refusal{tr("There is no goal %1.").arg(goalId)};
        const qint64 now = m_workspace.now();
        id = db.insert(QStringLiteral("INSERT INTO goal_tasks (goal_id, title, owner, due_ms, "
                                      "action_item_id, created_by, created_at) VALUES (?, ?, ?, ?, "
                                      "?, ?, ?) RETURNING id"),
                       {goalId, task.title.trimmed(), task.owner, nullableLong(due),
                        nullableLong(task.actionItemId), m_actor.login, now});
        appendAudit(db, now,
                    {m_actor.login, QStringLiteral("goal.task.add"), QStringLiteral("goal_task"),
                     QString::number(id),
                     QJsonObject{{QStringLiteral("goal"), goalId},
                                 {QStringLiteral("title"), task.title.trimmed()},
                                 {QStringLiteral("owner"), task.owner}}});
        announceChange(db, QStringLiteral("goals"));
    });
    if (!status)
        return R::failure(status.error());
    return id;
}

Status GoalTasks::markDone(qint64 goalId, qint64 taskId)
{
    if (const Status allowed = authorize(m_actor, Action::ManageTasks); !allowed)
        return allowed;
    Database& db = m_workspace.db();
    return transactRefusable(db, [&] {
        QSqlQuery q =
            db.exec(QStringLiteral("SELECT done FROM goal_tasks WHERE id = ? AND goal_id = ?"),
                    {taskId, goalId});
        if (!q.next())
            throw Refusal{tr("Goal %1 has no task %2.").arg(goalId).arg(taskId)};
        if (q.value(0).toBool())
            throw Refusal{tr("Task %1 is already done.").arg(taskId)};
        const qint64 now = m_workspace.now();
        db.exec(QStringLiteral("UPDATE goal_tasks SET done = ?, done_at = ? WHERE id = ?"),
                {true, now, taskId});
        appendAudit(db, now,
                    {m_actor.login, QStringLiteral("goal.task.done"), QStringLiteral("goal_task"),
                     QString::number(taskId), QJsonObject{{QStringLiteral("goal"), goalId}}});
        announceChange(db, QStringLiteral("goals"));
    });
}

namespace {

QList<GoalTask> readTasks(Database& db, const QString& where, const QVariantList& binds)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, goal_id, title, owner, due_ms, done, done_at, "
                                         "action_item_id FROM goal_tasks ") +
                              where + QStringLiteral(" ORDER BY goal_id, id"),
                          binds);
    QList<GoalTask> tasks;
    while (q.next()) {
        GoalTask t;
        t.id = q.value(0).toLongLong();
        t.goalId = q.value(1).toLongLong();
        t.title = q.value(2).toString();
        t.owner = q.value(3).toString();
        if (!q.value(4).isNull())
            t.dueMs = q.value(4).toLongLong();
        t.done = q.value(5).toBool();
        if (!q.value(6).isNull())
            t.doneAt = q.value(6).toLongLong();
        if (!q.value(7).isNull())
            t.actionItemId = q.value(7).toLongLong();
        tasks << t;
    }
    return tasks;
}

} // namespace

Result<QList<GoalTask>> GoalTasks::list(qint64 goalId)
{
    using R = Result<QList<GoalTask>>;
    if (const auto goal = GoalStore(m_workspace, m_actor).find(goalId); !goal)
        return R::failure(goal.error());
    try {
        return readTasks(m_workspace.db(), QStringLiteral("WHERE goal_id = ?"), {goalId});
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

Result<QList<GoalTask>> GoalTasks::listOf(const QList<Goal>& goals)
{
    try {
        QList<GoalTask> tasks;
        for (qsizetype at = 0; at < goals.size(); at += 500) {
            QStringList ids;
            for (qsizetype i = at; i < std::min(goals.size(), at + 500); ++i)
                ids << QString::number(goals.at(i).id);
            tasks << readTasks(
                m_workspace.db(),
                QStringLiteral("WHERE goal_id IN (%1)").arg(ids.join(QLatin1Char(','))), {});
        }
        return tasks;
    } catch (const DbError& error) {
        return Result<QList<GoalTask>>::failure(error.message());
    }
}

} // namespace callqa::review
