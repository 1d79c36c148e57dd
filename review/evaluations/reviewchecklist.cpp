#include "review/evaluations/reviewchecklist.h"

#include "review/storage/workspace.h"

#include <QCoreApplication>

namespace callqa::review {

std::optional<ReviewChecklist> decideReviewChecklist(const ReviewChecklistCandidates& candidates)
{
    if (candidates.draftKey)
        return ReviewChecklist{*candidates.draftKey, std::nullopt, ReviewChecklist::Source::Draft};
    if (candidates.queue)
        return candidates.queue;
    if (candidates.latestPublished)
        return ReviewChecklist{*candidates.latestPublished, std::nullopt,
                               ReviewChecklist::Source::LatestPublished};
    return std::nullopt;
}

Result<ReviewChecklist> reviewChecklistFor(Workspace& workspace, const Actor& actor, qint64 callId)
{
    using R = Result<ReviewChecklist>;
    Database& db = workspace.db();
    try {
        ReviewChecklistCandidates candidates;
        // The reviewer's own draft first, else anyone's (a supervisor continuing it).
        QSqlQuery draft = db.exec(
            QStringLiteral("SELECT k.checklist_key FROM evaluation_drafts d JOIN checklists k ON "
                           "k.id = d.checklist_id WHERE d.call_id = ? ORDER BY (d.created_by = "
                           "?) DESC, d.updated_at DESC LIMIT 1"),
            {callId, actor.login});
        if (draft.next())
            candidates.draftKey = draft.value(0).toString();
        QSqlQuery queue = db.exec(
            QStringLiteral("SELECT k.checklist_key, q.checklist_version_id FROM "
                           "review_queue_items i JOIN review_queues q ON q.id = i.queue_id JOIN "
                           "checklists k ON k.id = q.checklist_id WHERE q.state = 'open' AND "
                           "i.call_id = ? AND i.state IN ('todo', 'in_progress') AND "
                           "(i.assignee IS NULL OR i.assignee = ?) ORDER BY COALESCE(i.assignee "
                           "= ?, FALSE) DESC, i.queue_id, i.position LIMIT 1"),
            {callId, actor.login, actor.login});
        if (queue.next())
            candidates.queue =
                ReviewChecklist{queue.value(0).toString(), queue.value(1).toLongLong(),
                                ReviewChecklist::Source::Queue};
        QSqlQuery latest = db.exec(QStringLiteral(
            "SELECT k.checklist_key FROM checklist_versions v JOIN checklists k ON k.id = "
            "v.checklist_id WHERE NOT k.archived ORDER BY v.published_at DESC, v.id DESC LIMIT 1"));
        if (latest.next())
            candidates.latestPublished = latest.value(0).toString();
        if (auto decided = decideReviewChecklist(candidates))
            return *decided;
        return R::failure(QCoreApplication::translate(
            "callqa::review::ReviewChecklist",
            "No checklist is published yet: a supervisor publishes one before calls are scored."));
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

} // namespace callqa::review
