#pragma once

#include "checklists/answerset.h"
#include "review/auth/permissions.h"
#include "review/evaluations/evaluationstore.h"
#include "review/evaluations/lease.h"
#include "review/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace callqa::review {

class Workspace;

// An evaluation being scored, as the workstation that opened it sees it.
struct EvaluationDraft {
    qint64 id = 0;
    qint64 callId = 0;
    QString checklistKey;
    qint64 checklistVersionId = 0;
    int checklistVersion = 0;
    checklists::AnswerSet answers;
    qint64 revision = 0;
    QString
        createdBy; // whose draft it is: only they, or someone who may take drafts over, write it
    QString updatedBy;
    qint64 updatedAt = 0;
    // Set when another session holds the draft: this one may read it but not write it.
    std::optional<LeaseHolder> heldBy;
    qint64 serverNowMs = 0; // the server's clock when the draft was read, to show "held for 20 s"
    // The second reviewer's own draft of a double-scored queue item (see below).
    bool secondScore = false;
    bool readOnly() const { return heldBy.has_value(); }
};

// A row of the drafts list: what is being scored, by whom, and who holds it now.
struct DraftSummary {
    qint64 id = 0;
    qint64 callId = 0;
    QString callExternalId;
    QString checklistKey;
    int checklistVersion = 0;
    int answered = 0;
    qint64 revision = 0;
    QString createdBy;
    QString updatedBy;
    qint64 updatedAt = 0;
    std::optional<LeaseHolder> holder; // only while the lease has not run out
};

// Evaluation drafts shared by many workstations. One draft per call and checklist; opening it
// takes a lease (a hold that runs out unless renewed, see DraftLeaseKeeper) so exactly one
// workstation session writes it at a time. Another session opening a held draft gets it
// read-only with the holder's name and host; when the holder dies, its lease runs out and the
// next open takes the draft over, answers included. Every write checks the lease in the same
// transaction, so a session that lost its hold cannot overwrite the new holder's work.
// A draft belongs to who started it: a reviewer opens, saves and submits only drafts they started
// (on any of their workstations, by the lease rules); opening someone else's draft needs
// Action::TakeOverDraft (a supervisor), and then the lease rules decide as for the starter.
// Double scoring: the second reviewer of a double-scored queue item scores the call in a draft of
// their own (keyed by call, checklist and their login), which only they open, by the same lease
// rules; everyone else opens the call's shared draft. While the item is being scored, its two
// reviewers do not see each other's draft in list().
class EvaluationDraftStore {
public:
    static constexpr qint64 kDefaultLeaseMs = 30'000;

    // `host` names the workstation to other reviewers; each store is one session.
    EvaluationDraftStore(Workspace& workspace, Actor actor, QString host,
                         qint64 leaseMs = kDefaultLeaseMs);

    const QString& session() const { return m_session; }
    Workspace& workspace() const { return m_workspace; }
    const Actor& actor() const { return m_actor; }
    qint64 leaseMs() const { return m_leaseMs; }

    // The call's draft for the checklist, created on `versionId` (a version of that checklist,
    // e.g. a queue's) or else its latest published version when there is none, and held by this
    // session unless another session holds it. An existing draft keeps its own version.
    Result<EvaluationDraft> open(qint64 callId, const QString& checklistKey,
                                 std::optional<qint64> versionId = std::nullopt);
    // Extends this session's hold; refused when another session has taken the draft over.
    Status renew(qint64 draftId);
    // Stores the answers (an autosave) and returns the new revision. Needs this session's hold.
    Result<qint64> save(qint64 draftId, const checklists::AnswerSet& answers);
    // Gives the hold up, so others need not wait for it to run out.
    Status release(qint64 draftId);
    // Scores the saved answers, stores the evaluation and removes the draft, in one transaction;
    // returns the evaluation as written.
    Result<EvaluationSummary> submit(qint64 draftId);

    Result<QList<DraftSummary>> list();

private:
    // Inside open()'s transaction: a new draft held by this session, or the existing one with
    // this session's hold taken, renewed or (held by another) refused.
    EvaluationDraft start(qint64 callId, qint64 checklistId, const QString& checklistKey,
                          std::optional<qint64> versionId, const QString& secondScorer,
                          qint64 serverNowMs);
    EvaluationDraft hold(EvaluationDraft draft, const std::optional<LeaseHolder>& lease,
                         qint64 serverNowMs);

    Workspace& m_workspace;
    Actor m_actor;
    QString m_host;
    QString m_session;
    qint64 m_leaseMs;
};

class Database;

// Inside a write transaction: the draft, provided `session` still holds it and `actor` may write
// it; throws Refusal (saying who took it over) otherwise. Everything written under a draft's
// lease (its answers, its comments) goes through this check.
EvaluationDraft requireHeldDraft(Database& db, qint64 draftId, const QString& session,
                                 const Actor& actor);

} // namespace callqa::review
