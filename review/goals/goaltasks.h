#pragma once

#include "review/auth/permissions.h"
#include "review/goals/goal.h"
#include "review/result.h"

namespace callqa::review {

class Workspace;

struct NewGoalTask {
    QString title;
    QString owner;
    QString due; // ISO day, optional
    std::optional<qint64> actionItemId;
};

// The tasks of a goal. Adding and closing need ManageTasks; each is one transaction with an audit
// row. Listing follows who may see the goal (GoalStore::find).
class GoalTasks {
public:
    GoalTasks(Workspace& workspace, Actor actor);

    Result<qint64> add(qint64 goalId, const NewGoalTask& task);
    Status markDone(qint64 goalId, qint64 taskId);
    Result<QList<GoalTask>> list(qint64 goalId);
    // The tasks of these goals (as GoalStore::list gave them to this actor), by goal and id.
    Result<QList<GoalTask>> listOf(const QList<Goal>& goals);

private:
    Workspace& m_workspace;
    Actor m_actor;
};

} // namespace callqa::review
