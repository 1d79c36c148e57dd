#pragma once

#include "checklists/answerset.h"
#include "checklists/scoreresult.h"
#include "review/auth/permissions.h"
#include "review/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace callqa::review {

class Workspace;

// One evaluation as lists and scorecards show it.
struct EvaluationSummary {
    qint64 id = 0;
    qint64 callId = 0;
    QString callExternalId;
    std::optional<qint64> callStartedAtMs;
    QString agentExternalId;
    QString agentName;
    QString checklistKey;
    int checklistVersion = 0;
    qint64 checklistVersionId = 0;
    QString reviewer;
    // "submitted"; "calibration" for an unpromoted calibration evaluation (never listed here);
    // "reliability" for the second, blind score of a double-scored queue item (counted nowhere,
    // listed for those who read all evaluations and for its reviewer, never for the agent)
    QString status;
    std::optional<double> overall;
    bool passed = false;
    bool criticalFail = false;
    qint64 submittedAt = 0;
    std::optional<qint64> revisionOf;     // the evaluation this revision replaces
    bool replaced = false;                // a later revision replaces this one
    std::optional<qint64> acknowledgedAt; // by the agent
    QString acknowledgement;              // the agent's comment on acknowledging
};

struct EvaluationFilter {
    QString agentExternalId; // empty: every agent the actor may see
    std::optional<qint64> callId;
    QString checklistKey;
    // Only the evaluations the actor wrote. Implied for a reviewer, who may read no others.
    bool writtenByActor = false;
    std::optional<qint64> evaluationId;
    // Replaced evaluations too (a history); else only the latest revision of each, which is what
    // every figure that counts evaluations uses.
    bool includeReplaced = false;
    bool unacknowledgedOnly = false;
    std::optional<qint64> submittedBeforeMs; // e.g. overdue acknowledgements
};

// Scored evaluations of calls. Each is pinned to the checklist version it was scored on, so
// publishing a new version never changes an earlier score.
class EvaluationStore {
public:
    EvaluationStore(Workspace& workspace, Actor actor);

    // Scores `answers` against the version and stores the evaluation as submitted, with its
    // answers and an audit row, in one transaction. Refused when answers are missing or do not
    // fit the checklist, or the checklist is archived. Returns the evaluation as written (so the
    // writer needs no permission to read it back).
    Result<EvaluationSummary> submit(qint64 callId, qint64 checklistVersionId,
                                     const checklists::AnswerSet& answers);

    // Newest first. Actors who may read all evaluations see them all; an agent sees only the
    // evaluations of their own calls, and asking for another agent's is refused; a reviewer sees
    // the evaluations they wrote. Blind double scoring hides the others' evaluations of a call
    // from its two reviewers until each has submitted their own (hiddenByDoubleScoring).
    Result<QList<EvaluationSummary>> list(const EvaluationFilter& filter = {});

    Result<checklists::AnswerSet> answers(qint64 evaluationId);

private:
    Workspace& m_workspace;
    Actor m_actor;
};

struct ChecklistVersion;

// Scores `answers` on `version` and writes the submitted evaluation, its answers and its audit
// row, and returns it as written. Runs inside the caller's transaction; throws Refusal when the
// answers are incomplete or invalid, the call is unknown or the checklist archived.
struct SubmitOptions {
    // A calibration evaluation of that session: status "calibration", counted nowhere (and done
    // in no queue) until a supervisor promotes it.
    std::optional<qint64> calibrationSessionId;
    // The evaluation this one replaces (a dispute accepted by re-scoring).
    std::optional<qint64> revisionOf;
};
EvaluationSummary writeSubmittedEvaluation(Workspace& workspace, const Actor& actor, qint64 callId,
                                           const ChecklistVersion& version,
                                           const checklists::AnswerSet& answers,
                                           const SubmitOptions& options = {});

class Database;

// The stored answers of an evaluation, unchecked: the caller has decided the actor may read them.
// Throws DbError.
Result<checklists::AnswerSet> readEvaluationAnswers(Database& db, qint64 evaluationId);

// May `actor` read the evaluation (authorizeReadEvaluation on its reviewer and call's agent)?
// Also refused while blind double scoring hides it from the actor, for an agent reading a
// reliability score, when there is no such evaluation, and for a calibration evaluation (its
// session decides, blind mode included). Throws DbError.
Status mayReadEvaluation(Database& db, const Actor& actor, qint64 evaluationId);

// The call `reference` names (resolveCallReference in review/calls/callreference.h); 0 when it
// names none or is ambiguous.
qint64 findCallId(Workspace& workspace, const QString& reference);

} // namespace callqa::review
