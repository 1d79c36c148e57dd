#pragma once

#include "review/auth/permissions.h"
#include "review/result.h"

#include <QString>

namespace callqa::review {

class Workspace;

struct AgentEdit {
    QString externalId; // the agent's id in the phone system
    QString name;       // empty keeps the current name (a new agent is named by its id)
    QString team;       // empty keeps the current team; else the agent joins it from now on
};

// Adds an agent or renames it, and moves it to a team: one transaction with an audit row.
// Needs an actor who may manage agents and teams. Returns the agent's id.
Result<qint64> saveAgent(Workspace& workspace, const Actor& actor, const AgentEdit& edit);

} // namespace callqa::review
