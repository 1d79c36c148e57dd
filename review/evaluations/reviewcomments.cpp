#include "review/evaluations/reviewcomments.h"

#include "review/audit/auditlog.h"
#include "review/auth/refusal.h"
#include "review/checklists/checkliststore.h"
#include "review/evaluations/evaluationdraftstore.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/changenotice.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::DraftComments", text);
}

constexpr char kCommentColumns[] = "id, call_id, at_ms, item_key, body, author, created_at, "
                                   "updated_at, draft_id, evaluation_id FROM review_comments";

std::optional<qint64> optionalId(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toLongLong());
}

QList<ReviewComment> readComments(Database& db, const QString& where, const QVariantList& binds)
{
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT ") + QLatin1String(kCommentColumns) +
                    QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY at_ms, id"),
                binds);
    QList<ReviewComment> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toLongLong(), q.value(7).toLongLong(), optionalId(q.value(8)),
                    optionalId(q.value(9))});
    return out;
}

ReviewComment commentById(Database& db, qint64 commentId)
{
    const QList<ReviewComment> found = readComments(db, QStringLiteral("id = ?"), {commentId});
    if (found.isEmpty())
        throw Refusal{tr("There is no comment %1.").arg(commentId)};
    return found.first();
}

QString checkedBody(const QString& body)
{
    const QString trimmed = body.trimmed();
    if (trimmed.isEmpty())
        throw Refusal{tr("A comment needs some text.")};
    if (trimmed.size() > kCommentMaxLength)
        throw Refusal{tr("A comment holds at most %1 characters; this one has %2.")
                          .arg(kCommentMaxLength)
                          .arg(trimmed.size())};
    return trimmed;
}

// A comment of a draft this session holds, which this actor may change.
ReviewComment changeableComment(Database& db, const EvaluationDraftStore& drafts, qint64 commentId)
{
    const ReviewComment comment = commentById(db, commentId);
    if (!comment.draftId)
        throw Refusal{tr("Comment %1 belongs to a submitted evaluation, which is never edited.")
                          .arg(commentId)};
    requireHeldDraft(db, *comment.draftId, drafts.session(), drafts.actor());
    if (const Status allowed = decideCommentChange(drafts.actor(), comment.author); !allowed)
        throw Refusal{allowed.error()};
    return comment;
}

void auditComment(Database& db, qint64 at, const QString& login, const QString& action,
                  const ReviewComment& comment)
{
    appendAudit(db, at,
                {login,
                 action,
                 QStringLiteral("review_comment"),
                 QString::number(comment.id),
                 {{QStringLiteral("draft"), comment.draftId.value_or(0)},
                  {QStringLiteral("call"), comment.callId},
                  {QStringLiteral("at_ms"), comment.atMs}}});
    announceChange(db, QStringLiteral("drafts"));
}

} // namespace

Status decideCommentChange(const Actor& actor, const QString& author)
{
    if (actor.login == author)
        return {};
    return Status::failure(
        tr("This comment is %1's: only its author edits or deletes it.").arg(author));
}

DraftComments::DraftComments(EvaluationDraftStore& drafts) : m_drafts(drafts) {}

Result<QList<ReviewComment>> DraftComments::list(qint64 draftId)
{
    using R = Result<QList<ReviewComment>>;
    if (const Status allowed = authorize(m_drafts.actor(), Action::ScoreCall); !allowed)
        return R::failure(allowed.error());
    try {
        return readComments(m_drafts.workspace().db(), QStringLiteral("draft_id = ?"), {draftId});
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

Result<ReviewComment> DraftComments::add(qint64 draftId, qint64 atMs, const QString& itemKey,
                                         const QString& body)
{
    using R = Result<ReviewComment>;
    if (const Status allowed = authorize(m_drafts.actor(), Action::EditOwnDraft); !allowed)
        return R::failure(allowed.error());
    Workspace& workspace = m_drafts.workspace();
    Database& db = workspace.db();
    ReviewComment added;
    const Status status = transactRefusable(db, [&] {
        const QString text = checkedBody(body);
        const EvaluationDraft draft =
            requireHeldDraft(db, draftId, m_drafts.session(), m_drafts.actor());
        const qint64 duration =
            db.scalar(QStringLiteral("SELECT duration_ms FROM calls WHERE id = ?"), {draft.callId})
                .toLongLong();
        if (atMs < 0 || (duration > 0 && atMs > duration))
            throw Refusal{
                tr("A comment at %1 ms is outside the call (0 to %2 ms).").arg(atMs).arg(duration)};
        if (!itemKey.isEmpty()) {
            const auto version =
                ChecklistStore(workspace, m_drafts.actor()).versionById(draft.checklistVersionId);
            if (!version)
                throw Refusal{version.error()};
            if (!version->checklist.findItem(itemKey))
                throw Refusal{tr("Checklist “%1” version %2 has no item “%3”.")
                                  .arg(version->key, QString::number(version->version), itemKey)};
        }
        const qint64 now = workspace.now();
        const qint64 id = db.insert(
            QStringLiteral("INSERT INTO review_comments (call_id, draft_id, at_ms, item_key, body, "
                           "author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id"),
            {draft.callId, draftId, atMs, itemKey.isEmpty() ? QVariant() : QVariant(itemKey), text,
             m_drafts.actor().login, now, now});
        added = commentById(db, id);
        auditComment(db, now, m_drafts.actor().login, QStringLiteral("review_comment.add"), added);
    });
    if (!status)
        return R::failure(status.error());
    return added;
}

Result<ReviewComment> DraftComments::edit(qint64 commentId, const QString& body)
{
    using R = Result<ReviewComment>;
    if (const Status allowed = authorize(m_drafts.actor(), Action::EditOwnDraft); !allowed)
        return R::failure(allowed.error());
    Workspace& workspace = m_drafts.workspace();
    Database& db = workspace.db();
    ReviewComment edited;
    const Status status = transactRefusable(db, [&] {
        const QString text = checkedBody(body);
        changeableComment(db, m_drafts, commentId);
        const qint64 now = workspace.now();
        db.exec(QStringLiteral("UPDATE review_comments SET body = ?, updated_at = ? WHERE id = ?"),
                {text, now, commentId});
        edited = commentById(db, commentId);
        auditComment(db, now, m_drafts.actor().login, QStringLiteral("review_comment.edit"),
                     edited);
    });
    if (!status)
        return R::failure(status.error());
    return edited;
}

Status DraftComments::remove(qint64 commentId)
{
    if (const Status allowed = authorize(m_drafts.actor(), Action::EditOwnDraft); !allowed)
        return allowed;
    Workspace& workspace = m_drafts.workspace();
    Database& db = workspace.db();
    return transactRefusable(db, [&] {
        const ReviewComment comment = changeableComment(db, m_drafts, commentId);
        db.exec(QStringLiteral("DELETE FROM review_comments WHERE id = ?"), {commentId});
        auditComment(db, workspace.now(), m_drafts.actor().login,
                     QStringLiteral("review_comment.delete"), comment);
    });
}

Result<QList<ReviewComment>> evaluationComments(Workspace& workspace, const Actor& actor,
                                                qint64 evaluationId)
{
    using R = Result<QList<ReviewComment>>;
    Database& db = workspace.db();
    try {
        if (const Status allowed = mayReadEvaluation(db, actor, evaluationId); !allowed)
            return R::failure(allowed.error());
        return readComments(db, QStringLiteral("evaluation_id = ?"), {evaluationId});
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

} // namespace callqa::review
