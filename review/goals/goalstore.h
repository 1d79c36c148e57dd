#pragma once

#include "review/auth/permissions.h"
#include "review/goals/goal.h"
#include "review/result.h"

#include <QStringList>

namespace callqa::review {

class Workspace;

// A goal as typed on the command line (dates as ISO days, numbers already parsed).
struct NewGoal {
    QString scope; // agent:ID | team:NAME | floor
    QString metric;
    QString itemKey;
    QString direction;              // raise | lower
    std::optional<double> baseline; // entered; or measured over baselineFrom..baselineTo
    QString baselineFrom;
    QString baselineTo;
    QString baselineNote;
    double target = 0;
    QString start;
    QString deadline;
    QString owner;
    QString why;
};

struct GoalAdded {
    qint64 id = 0;
    double baseline = 0;
    QStringList warnings; // the "achievable" check
};

// Only what is given changes; the reason is required.
struct GoalAdjustment {
    std::optional<double> target;
    QString deadline;
    std::optional<QString> owner;
    QString reason;
};

// Goals and their versions. Adding and adjusting need ManageGoals, are checked by checkGoal and
// write one transaction with an audit row. Reading: those who read all evaluations see every
// goal; an agent sees their own goals and their current team's.
class GoalStore {
public:
    GoalStore(Workspace& workspace, Actor actor);

    Result<GoalAdded> add(const NewGoal& goal);
    Result<Goal> adjust(qint64 goalId, const GoalAdjustment& adjustment);
    Result<QList<Goal>> list();
    Result<Goal> find(qint64 goalId);

private:
    Workspace& m_workspace;
    Actor m_actor;
};

} // namespace callqa::review
