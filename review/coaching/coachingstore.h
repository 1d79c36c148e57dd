#pragma once

#include "review/auth/permissions.h"
#include "review/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace callqa::review {

class Workspace;

// A task agreed in a coaching session. `goalId` lets a goal take it as one of its tasks.
struct ActionItem {
    qint64 id = 0;
    qint64 sessionId = 0;
    QString title;
    QString owner; // a login
    std::optional<qint64> dueOn;
    std::optional<qint64> doneAt;
    std::optional<qint64> goalId;
    bool overdue(qint64 nowMs) const { return !doneAt && dueOn && *dueOn < nowMs; }
};

struct CoachingSession {
    qint64 id = 0;
    QString agentExternalId;
    QString agentName;
    QString coach;
    qint64 heldOn = 0;
    QString notes;
    std::optional<qint64> followUpOn;
    std::optional<qint64> acknowledgedAt;
    QList<qint64> evaluationIds; // discussed
    QList<ActionItem> items;
};

struct NewCoachingSession {
    QString agentExternalId;
    qint64 heldOn = 0;
    QList<qint64> evaluationIds; // evaluations of that agent's calls
    QString notes;
    std::optional<qint64> followUpOn;
};

// What a coach is behind on: action items past their due date, and follow-ups past their day
// with no session held with the agent since.
struct CoachingOverdue {
    QList<ActionItem> items;
    QList<CoachingSession> followUps;
};

// Coaching sessions. Coaches and supervisors run them; an agent reads and acknowledges their own
// (and learns nothing of anyone else's). Every change is one transaction with an audit row.
class CoachingStore {
public:
    CoachingStore(Workspace& workspace, Actor actor);

    Result<qint64> add(const NewCoachingSession& session);
    Result<QList<CoachingSession>> list(const QString& agentExternalId = {});
    Result<CoachingSession> find(qint64 sessionId);
    Result<qint64> addItem(qint64 sessionId, const QString& title, const QString& owner,
                           std::optional<qint64> dueOn);
    Status markItemDone(qint64 itemId);
    Status acknowledge(qint64 sessionId);
    Result<CoachingOverdue> overdue();

private:
    Workspace& m_workspace;
    Actor m_actor;
};

} // namespace callqa::review
