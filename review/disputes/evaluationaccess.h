#pragma once

#include "review/auth/permissions.h"

#include <QString>

#include <optional>

namespace callqa::review {

class Database;

// What the agents-in-the-loop rules need to know of one evaluation, read inside a transaction.
struct EvaluationRecord {
    qint64 id = 0;
    qint64 callId = 0;
    std::optional<qint64> agentId; // the call's agent
    QString reviewer;
    qint64 checklistVersionId = 0;
    qint64 submittedAt = 0;
    bool latest = true; // no revision replaces it
};

// The evaluation as `actor` may know it: throws Refusal "There is no evaluation N." both when
// there is none and when the actor may not read it, so an agent learns nothing of another's.
EvaluationRecord readableEvaluation(Database& db, const Actor& actor, qint64 evaluationId);

bool isAgentOf(const Actor& actor, const EvaluationRecord& evaluation);

} // namespace callqa::review
