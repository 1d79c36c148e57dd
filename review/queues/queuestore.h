#pragma once

#include "review/audit/auditquery.h"
#include "review/auth/permissions.h"
#include "review/queues/assignment.h"
#include "review/queues/population.h"
#include "review/queues/queueitem.h"
#include "review/queues/queueverification.h"
#include "review/queues/samplingrule.h"
#include "review/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace callqa::review {

class Workspace;

// What a supervisor asks for when drawing a queue.
struct QueueRequest {
    QString name;
    QString checklistKey;
    int checklistVersion = 0; // 0: the latest published, pinned at draw time
    Population population;
    SamplingRule rule;
    QStringList reviewers; // logins to assign the drawn items to, in order; empty: unassigned
    AssignMode assignMode = AssignMode::RoundRobin;
};

struct QueueCounts {
    qint64 todo = 0;
    qint64 inProgress = 0;
    qint64 done = 0;
    qint64 skipped = 0;
    qint64 removed = 0;
    qint64 doubleScored = 0; // items that also have a second reviewer
    qint64 secondDone = 0;   // of those, the ones whose second score is submitted
};

struct QueueSummary {
    qint64 id = 0;
    QString name;
    QString checklistKey;
    int checklistVersion = 0;
    qint64 checklistVersionId = 0;
    QString state; // "open"
    QString createdBy;
    qint64 createdAt = 0;
    qint64 frameSize = 0;
    QString frameSha256;
    Population population;
    SamplingRule rule;
    QueueCounts counts;
};

// Review queues: drawn by a sampling rule from a population, stored with their rule, seed and
// frame, assigned to reviewers. Every change is one transaction with an audit row.
class QueueStore {
public:
    QueueStore(Workspace& workspace, Actor actor);

    // Reads the frame, draws, assigns and stores the queue in one transaction. Two supervisors
    // drawing a queue of the same name at once get one queue; the other is told it exists.
    Result<qint64> create(const QueueRequest& request);

    Result<QList<QueueSummary>> list();
    // By name (any case, any script) or by "#id".
    Result<QueueSummary> find(const QString& reference);
    Result<QList<QueueItem>> items(qint64 queueId);
    // The frame as stored at draw time, by call id.
    Result<std::vector<FrameCall>> storedFrame(qint64 queueId);
    // The queue's history, oldest first: its drawing and every change to it or its items, from the
    // audit log (the one record of who did what when).
    Result<QList<AuditRecord>> history(qint64 queueId);
    // Draws again from the stored frame with the stored rule and seed.
    Result<Draw> redraw(const QueueSummary& queue);
    // Re-draws and compares with the items, the frame's digest and the audit log.
    Result<QueueVerification> verify(const QueueSummary& queue);

    // A supervisor adds a call by hand, or removes an item (kept as "removed"); both need a
    // reason and are audited, so verify can name them.
    Status addItem(qint64 queueId, qint64 callId, const QString& reason,
                   const QString& assignee = {});
    Status removeItem(qint64 queueId, qint64 callId, const QString& reason);

    // The item's reviewer (or a supervisor) skips it with a reason: a call that cannot be
    // reviewed (wrong language, no audio). Only items to do or in progress.
    Status skipItem(qint64 queueId, qint64 callId, const QString& reason);
    // A supervisor gives an open item to another reviewer, or to nobody (empty login).
    Status assignItem(qint64 queueId, qint64 callId, const QString& login);

    // The signed-in reviewer's next item: one in progress, else the first to do that is theirs,
    // else an unassigned one, which becomes theirs (two reviewers asking at once never get the
    // same). None when there is no work.
    Result<std::optional<QueueItem>> next();

private:
    Workspace& m_workspace;
    Actor m_actor;
};

} // namespace callqa::review
