#include "review/disputes/evaluationaccess.h"

#include "review/auth/refusal.h"
#include "review/storage/database.h"

#include <QCoreApplication>

namespace callqa::review {

EvaluationRecord readableEvaluation(Database& db, const Actor& actor, qint64 evaluationId)
{
    const Refusal none{
        QCoreApplication::translate("callqa::review::Disputes", "There is no evaluation %1.")
            .arg(evaluationId)};
    QSqlQuery q =
        db.exec(QStringLiteral(
                    "SELECT e.id, e.call_id, c.agent_id, e.reviewer, e.checklist_version_id, "
                    "e.submitted_at, NOT EXISTS (SELECT 1 FROM evaluations r WHERE "
                    "r.revision_of = e.id) FROM evaluations e JOIN calls c ON c.id = "
                    "e.call_id WHERE e.id = ? AND e.status NOT IN ('calibration', 'reliability')"),
                {evaluationId});
    if (!q.next())
        throw none;
    EvaluationRecord facts;
    facts.id = q.value(0).toLongLong();
    facts.callId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        facts.agentId = q.value(2).toLongLong();
    facts.reviewer = q.value(3).toString();
    facts.checklistVersionId = q.value(4).toLongLong();
    facts.submittedAt = q.value(5).toLongLong();
    facts.latest = q.value(6).toBool();
    if (!authorizeReadEvaluation(actor, facts.reviewer, facts.agentId))
        throw none;
    return facts;
}

bool isAgentOf(const Actor& actor, const EvaluationRecord& evaluation)
{
    return actor.agentId && evaluation.agentId && *actor.agentId == *evaluation.agentId;
}

} // namespace callqa::review
