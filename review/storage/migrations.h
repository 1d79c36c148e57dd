#pragma once

#include "review/result.h"

namespace callqa::review {

class Database;

// The newest schema version this program knows.
int latestSchemaVersion();

// The version a workspace is at (0 for an empty one).
Result<int> schemaVersion(Database& db);

// Brings the schema up to latestSchemaVersion(), one transaction per step. Refuses a workspace
// made by a newer program. On PostgreSQL an advisory lock keeps two workstations from migrating
// at once.
Status migrate(Database& db);

} // namespace callqa::review
