#pragma once

#include "review/agents/directory.h"
#include "review/auth/permissions.h"
#include "review/result.h"

#include <QStringList>

namespace callqa::review {

class Database;

// What the library's filter bar offers: every team, every agent, every queue calls came from.
struct LibraryChoices {
    QList<Team> teams;
    QList<Agent> agents;
    QStringList queues;
};

// Needs an actor who may read calls.
Result<LibraryChoices> libraryChoices(Database& db, const Actor& actor);

} // namespace callqa::review
