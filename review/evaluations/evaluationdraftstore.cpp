#include "review/evaluations/evaluationdraftstore.h"

#include "checklists/answersjson.h"
#include "review/audit/auditlog.h"
#include "review/auth/refusal.h"
#include "review/checklists/checkliststore.h"
#include "review/evaluations/evaluationstore.h"
#include "review/queues/doublescoreblind.h"
#include "review/queues/queueprogress.h"
#include "review/storage/changenotice.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::EvaluationDraftStore", text);
}

// Drafts are a small table every reviewing workstation writes: row locks, not SERIALIZABLE (see
// Isolation). The unique (call, checklist) key settles two first opens at once.
const TransactOptions kDraftTransaction{8, true, Isolation::RowLocks};

constexpr char kDraftColumns[] =
    "d.id, d.call_id, k.checklist_key, d.checklist_version_id, v.version, d.answers_json, "
    "d.revision, d.updated_by, d.updated_at, d.lease_session, d.lease_login, d.lease_host, "
    "d.lease_expires_at, d.created_by, d.second_scorer FROM evaluation_drafts d JOIN checklists k "
    "ON k.id = "
    "d.checklist_id "
    "JOIN checklist_versions v ON v.id = d.checklist_version_id";

struct DraftRow {
    EvaluationDraft draft;
    std::optional<LeaseHolder> lease; // as stored, run out or not
};

checklists::AnswerSet answersFromText(const QString& text)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    const auto parsed = checklists::answersFromJsonObject(object);
    if (!parsed.ok())
        throw Refusal{tr("The saved answers of this draft cannot be read: %1")
                          .arg(parsed.errors().first().toString())};
    return parsed.value();
}

QString answersToText(const checklists::AnswerSet& answers)
{
    return QString::fromUtf8(
        QJsonDocument(checklists::answersToJsonObject(answers)).toJson(QJsonDocument::Compact));
}

std::optional<DraftRow> readDraft(Database& db, const QString& where, const QVariantList& binds)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT ") + QLatin1String(kDraftColumns) +
                              QStringLiteral(" WHERE ") + where +
                              dialect::forUpdateOf(db.backend(), QStringLiteral("d")),
                          binds);
    if (!q.next())
        return std::nullopt;
    DraftRow row;
    EvaluationDraft& d = row.draft;
    d.id = q.value(0).toLongLong();
    d.callId = q.value(1).toLongLong();
    d.checklistKey = q.value(2).toString();
    d.checklistVersionId = q.value(3).toLongLong();
    d.checklistVersion = q.value(4).toInt();
    d.answers = answersFromText(q.value(5).toString());
    d.revision = q.value(6).toLongLong();
    d.updatedBy = q.value(7).toString();
    d.updatedAt = q.value(8).toLongLong();
    d.createdBy = q.value(13).toString();
    d.secondScore = !q.value(14).toString().isEmpty();
    if (!q.value(9).isNull())
        row.lease = LeaseHolder{q.value(9).toString(), q.value(10).toString(),
                                q.value(11).toString(), q.value(12).toLongLong()};
    return row;
}

DraftRow draftById(Database& db, qint64 draftId)
{
    auto row = readDraft(db, QStringLiteral("d.id = ?"), {draftId});
    if (!row)
        throw Refusal{
            tr("There is no evaluation draft %1: it was submitted or never existed.").arg(draftId)};
    return std::move(*row);
}

qint64 serverNow(Database& db)
{
    return db.scalar(QStringLiteral("SELECT ") + dialect::serverNowMs(db.backend())).toLongLong();
}

QString describeHolder(const LeaseHolder& holder)
{
    return holder.host.isEmpty() ? holder.login : tr("%1 on %2").arg(holder.login, holder.host);
}

// Inside a transaction: refuses an actor who may not work on a draft `createdBy` started.
void requireMayWrite(const Actor& actor, const EvaluationDraft& draft)
{
    if (draft.createdBy == actor.login)
        return;
    if (const Status allowed = authorize(actor, Action::TakeOverDraft); !allowed)
        throw Refusal{tr("%1 Draft %2 of call #%3 was started by %4.")
                          .arg(allowed.error(), QString::number(draft.id),
                               QString::number(draft.callId), draft.createdBy)};
}

} // namespace

EvaluationDraftStore::EvaluationDraftStore(Workspace& workspace, Actor actor, QString host,
                                           qint64 leaseMs)
    : m_workspace(workspace), m_actor(std::move(actor)), m_host(std::move(host)),
      m_session(QUuid::createUuid().toString(QUuid::WithoutBraces)), m_leaseMs(leaseMs)
{
}

Result<EvaluationDraft> EvaluationDraftStore::open(qint64 callId, const QString& checklistKey,
                                                   std::optional<qint64> versionId)
{
    if (const Status allowed = authorize(m_actor, Action::ScoreCall); !allowed)
        return Result<EvaluationDraft>::failure(allowed.error());
    Database& db = m_workspace.db();
    EvaluationDraft opened;
    const Status status = transactRefusable(
        db,
        [&] {
            if (db.scalar(QStringLiteral("SELECT count(*) FROM calls WHERE id = ?"), {callId})
                    .toLongLong() == 0)
                throw Refusal{tr("There is no call #%1.").arg(callId)};
            const QVariant checklistId =
                db.scalar(QStringLiteral("SELECT id FROM checklists WHERE checklist_key = ?"),
                          {checklistKey});
            if (!checklistId.isValid())
                throw Refusal{tr("There is no checklist “%1”.").arg(checklistKey)};
            const qint64 now = serverNow(db);
            // Non-null: an empty QString would bind as NULL on PostgreSQL.
            QString scorer = QStringLiteral("");
            if (isPendingSecondScorer(db, callId, checklistId.toLongLong(), m_actor.login))
                scorer = m_actor.login;
            auto row = readDraft(
                db, QStringLiteral("d.call_id = ? AND d.checklist_id = ? AND d.second_scorer = ?"),
                {callId, checklistId, scorer});
            if (row)
                requireMayWrite(m_actor, row->draft);
            opened =
                row ? hold(std::move(row->draft), row->lease, now)
                    : start(callId, checklistId.toLongLong(), checklistKey, versionId, scorer, now);
            opened.serverNowMs = now;
            if (!opened.heldBy)
                markQueueItemsStarted(db, callId, checklistId.toLongLong(), m_actor.login,
                                      m_workspace.now());
        },
        kDraftTransaction);
    if (!status)
        return Result<EvaluationDraft>::failure(status.error());
    return opened;
}

EvaluationDraft EvaluationDraftStore::start(qint64 callId, qint64 checklistId,
                                            const QString& checklistKey,
                                            std::optional<qint64> versionId,
                                            const QString& secondScorer, qint64 serverNowMs)
{
    Database& db = m_workspace.db();
    if (db.scalar(QStringLiteral("SELECT archived FROM checklists WHERE id = ?"), {checklistId})
            .toBool())
        throw Refusal{
            tr("Checklist “%1” is archived and takes no new evaluations.").arg(checklistKey)};
    const QVariant version =
        versionId ? db.scalar(QStringLiteral("SELECT id FROM checklist_versions WHERE id = ? AND "
                                             "checklist_id = ?"),
                              {*versionId, checklistId})
                  : db.scalar(QStringLiteral("SELECT id FROM checklist_versions WHERE "
                                             "checklist_id = ? ORDER BY version DESC LIMIT 1"),
                              {checklistId});
    if (!version.isValid())
        throw Refusal{versionId
                          ? tr("Checklist “%1” has no version with id %2.")
                                .arg(checklistKey, QString::number(*versionId))
                          : tr("Checklist “%1” has no published version yet.").arg(checklistKey)};
    const qint64 at = m_workspace.now();
    const qint64 id = db.insert(
        QStringLiteral("INSERT INTO evaluation_drafts (call_id, checklist_id, "
                       "checklist_version_id, answers_json, revision, created_by, created_at, "
                       "updated_by, updated_at, lease_session, lease_login, lease_host, "
                       "lease_expires_at, second_scorer) VALUES (?, ?, ?, '{}', 0, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?) RETURNING id"),
        {callId, checklistId, version, m_actor.login, at, m_actor.login, at, m_session,
         m_actor.login, m_host, serverNowMs + m_leaseMs, secondScorer});
    QJsonObject detail{{QStringLiteral("call"), callId},
                       {QStringLiteral("checklist"), checklistKey}};
    if (!secondScorer.isEmpty())
        detail.insert(QStringLiteral("second_score"), true);
    appendAudit(db, at,
                {m_actor.login, QStringLiteral("evaluation_draft.start"),
                 QStringLiteral("evaluation_draft"), QString::number(id), detail});
    announceChange(db, QStringLiteral("drafts"));
    return draftById(db, id).draft;
}

EvaluationDraft EvaluationDraftStore::hold(EvaluationDraft draft,
                                           const std::optional<LeaseHolder>& lease,
                                           qint64 serverNowMs)
{
    Database& db = m_workspace.db();
    const qint64 expires = serverNowMs + m_leaseMs;
    switch (decideLease(lease, m_session, serverNowMs)) {
    case LeaseDecision::HeldByOther:
        draft.heldBy = lease;
        break;
    case LeaseDecision::Renew:
        db.exec(QStringLiteral("UPDATE evaluation_drafts SET lease_expires_at = ? WHERE id = ?"),
                {expires, draft.id});
        break;
    case LeaseDecision::Take: {
        db.exec(QStringLiteral("UPDATE evaluation_drafts SET lease_session = ?, lease_login = ?, "
                               "lease_host = ?, lease_expires_at = ? WHERE id = ?"),
                {m_session, m_actor.login, m_host, expires, draft.id});
        QJsonObject detail{{QStringLiteral("call"), draft.callId},
                           {QStringLiteral("checklist"), draft.checklistKey}};
        if (lease)
            detail.insert(QStringLiteral("previous_holder"), describeHolder(*lease));
        appendAudit(db, m_workspace.now(),
                    {m_actor.login, QStringLiteral("evaluation_draft.take"),
                     QStringLiteral("evaluation_draft"), QString::number(draft.id), detail});
        break;
    }
    }
    return draft;
}

namespace {

DraftRow heldDraft(Database& db, qint64 draftId, const QString& session, const Actor& actor)
{
    DraftRow row = draftById(db, draftId);
    requireMayWrite(actor, row.draft);
    if (!row.lease)
        throw Refusal{tr("This draft is not held by this workstation any more; open it again "
                         "before changing it.")};
    if (row.lease->session != session)
        throw Refusal{tr("%1 took this draft over; your unsaved changes were not stored.")
                          .arg(describeHolder(*row.lease))};
    return row;
}

} // namespace

EvaluationDraft requireHeldDraft(Database& db, qint64 draftId, const QString& session,
                                 const Actor& actor)
{
    return heldDraft(db, draftId, session, actor).draft;
}

Status EvaluationDraftStore::renew(qint64 draftId)
{
    Database& db = m_workspace.db();
    return transactRefusable(
        db,
        [&] {
            heldDraft(db, draftId, m_session, m_actor);
            db.exec(QStringLiteral("UPDATE evaluation_drafts SET lease_expires_at = ? WHERE id = "
                                   "?"),
                    {serverNow(db) + m_leaseMs, draftId});
        },
        kDraftTransaction);
}

Result<qint64> EvaluationDraftStore::save(qint64 draftId, const checklists::AnswerSet& answers)
{
    if (const Status allowed = authorize(m_actor, Action::EditOwnDraft); !allowed)
        return Result<qint64>::failure(allowed.error());
    Database& db = m_workspace.db();
    qint64 revision = 0;
    const Status status = transactRefusable(
        db,
        [&] {
            const DraftRow row = heldDraft(db, draftId, m_session, m_actor);
            revision = row.draft.revision + 1;
            const qint64 now = m_workspace.now();
            db.exec(QStringLiteral("UPDATE evaluation_drafts SET answers_json = ?, revision = ?, "
                                   "updated_by = ?, updated_at = ?, lease_expires_at = ? WHERE "
                                   "id = ?"),
                    {answersToText(answers), revision, m_actor.login, now,
                     serverNow(db) + m_leaseMs, draftId});
            appendAudit(db, now,
                        {m_actor.login,
                         QStringLiteral("evaluation_draft.save"),
                         QStringLiteral("evaluation_draft"),
                         QString::number(draftId),
                         {{QStringLiteral("revision"), revision},
                          {QStringLiteral("answered"), answers.size()}}});
            announceChange(db, QStringLiteral("drafts"));
        },
        kDraftTransaction);
    if (!status)
        return Result<qint64>::failure(status.error());
    return revision;
}

Status EvaluationDraftStore::release(qint64 draftId)
{
    Database& db = m_workspace.db();
    return transactRefusable(
        db,
        [&] {
            const DraftRow row = heldDraft(db, draftId, m_session, m_actor);
            db.exec(QStringLiteral("UPDATE evaluation_drafts SET lease_session = NULL, "
                                   "lease_login = NULL, lease_host = NULL, lease_expires_at = "
                                   "NULL WHERE id = ?"),
                    {draftId});
            appendAudit(db, m_workspace.now(),
                        {m_actor.login,
                         QStringLiteral("evaluation_draft.release"),
                         QStringLiteral("evaluation_draft"),
                         QString::number(draftId),
                         {{QStringLiteral("call"), row.draft.callId},
                          {QStringLiteral("checklist"), row.draft.checklistKey},
                          {QStringLiteral("host"), m_host}}});
            announceChange(db, QStringLiteral("drafts"));
        },
        kDraftTransaction);
}

Result<EvaluationSummary> EvaluationDraftStore::submit(qint64 draftId)
{
    using R = Result<EvaluationSummary>;
    if (const Status allowed = authorize(m_actor, Action::EditOwnDraft); !allowed)
        return R::failure(allowed.error());
    Database& db = m_workspace.db();
    EvaluationSummary evaluation;
    const Status status = transactRefusable(
        db,
        [&] {
            const DraftRow row = heldDraft(db, draftId, m_session, m_actor);
            const auto version =
                ChecklistStore(m_workspace, m_actor).versionById(row.draft.checklistVersionId);
            if (!version)
                throw Refusal{version.error()};
            evaluation = writeSubmittedEvaluation(m_workspace, m_actor, row.draft.callId, *version,
                                                  row.draft.answers);
            // The draft's comments become the evaluation's, kept with it for good.
            const qint64 comments =
                db.exec(QStringLiteral("UPDATE review_comments SET draft_id = NULL, "
                                       "evaluation_id = ? WHERE draft_id = ?"),
                        {evaluation.id, draftId})
                    .numRowsAffected();
            db.exec(QStringLiteral("DELETE FROM evaluation_drafts WHERE id = ?"), {draftId});
            appendAudit(db, m_workspace.now(),
                        {m_actor.login,
                         QStringLiteral("evaluation_draft.submit"),
                         QStringLiteral("evaluation_draft"),
                         QString::number(draftId),
                         {{QStringLiteral("evaluation"), evaluation.id},
                          {QStringLiteral("call"), row.draft.callId},
                          {QStringLiteral("comments"), comments}}});
            announceChange(db, QStringLiteral("drafts"));
        },
        kDraftTransaction);
    if (!status)
        return R::failure(status.error());
    return evaluation;
}

Result<QList<DraftSummary>> EvaluationDraftStore::list()
{
    using ListResult = Result<QList<DraftSummary>>;
    if (const Status allowed = authorize(m_actor, Action::ScoreCall); !allowed)
        return ListResult::failure(allowed.error());
    Database& db = m_workspace.db();
    try {
        const qint64 now = serverNow(db);
        const QList<DoubleScoreSides> blind = doubleScoresOf(db, m_actor.login);
        QSqlQuery q = db.exec(QStringLiteral(
            "SELECT d.id, d.call_id, c.external_id, k.checklist_key, v.version, d.answers_json, "
            "d.revision, d.created_by, d.updated_by, d.updated_at, d.lease_session, "
            "d.lease_login, d.lease_host, d.lease_expires_at FROM evaluation_drafts d "
            "JOIN calls c ON c.id = d.call_id JOIN checklists k ON k.id = d.checklist_id "
            "JOIN checklist_versions v ON v.id = d.checklist_version_id "
            "ORDER BY d.updated_at DESC, d.id DESC"));
        // Reviewers see the drafts they started; those who may take drafts over see them all.
        const bool all = authorize(m_actor, Action::TakeOverDraft).ok();
        QList<DraftSummary> out;
        while (q.next()) {
            if (!all && q.value(7).toString() != m_actor.login)
                continue;
            if (hiddenByDoubleScoring(blind, m_actor.login, q.value(1).toLongLong(),
                                      q.value(7).toString()))
                continue;
            DraftSummary s;
            s.id = q.value(0).toLongLong();
            s.callId = q.value(1).toLongLong();
            s.callExternalId = q.value(2).toString();
            s.checklistKey = q.value(3).toString();
            s.checklistVersion = q.value(4).toInt();
            s.answered =
                int(QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object().size());
            s.revision = q.value(6).toLongLong();
            s.createdBy = q.value(7).toString();
            s.updatedBy = q.value(8).toString();
            s.updatedAt = q.value(9).toLongLong();
            if (!q.value(10).isNull() && q.value(13).toLongLong() > now)
                s.holder = LeaseHolder{q.value(10).toString(), q.value(11).toString(),
                                       q.value(12).toString(), q.value(13).toLongLong()};
            out << s;
        }
        return out;
    } catch (const DbError& error) {
        return ListResult::failure(error.message());
    }
}

} // namespace callqa::review
