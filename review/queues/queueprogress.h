#pragma once

#include <QString>

namespace callqa::review {

class Database;

// A queue item follows the work on its call: "in progress" when a reviewer's draft of the call
// opens on the queue's checklist, "done" when the evaluation is submitted. Both run inside the
// caller's transaction (the draft's or the submission's), each item with an audit row, so the
// queue and the evaluation never disagree.

// Items of open queues on this checklist that are to do and the reviewer's own (or nobody's:
// the reviewer takes them); and the reviewer's side of double-scored items they score second.
void markQueueItemsStarted(Database& db, qint64 callId, qint64 checklistId, const QString& login,
                           qint64 nowMs);

// Items of open queues on the checklist of this version that are not finished yet.
void markQueueItemsDone(Database& db, qint64 callId, qint64 checklistVersionId, qint64 evaluationId,
                        const QString& login, qint64 nowMs);

// The second reviewer's side of double-scored items of open queues on the checklist of this
// version, when their (reliability) evaluation is submitted; the first side is left as it is.
void markSecondScoresDone(Database& db, qint64 callId, qint64 checklistVersionId,
                          qint64 evaluationId, const QString& login, qint64 nowMs);

} // namespace callqa::review
