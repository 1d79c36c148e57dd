#pragma once

#include "review/result.h"

namespace callqa::review {

class Database;

// The newest schema version this program knows.
int latestSchemaVersion();
// The schema version a migration brings, by its file's name without ".sql" (e.g.
// "0010_talk_detector_version"); 0 for no such migration. Versions count the files in order.
int migrationVersion(const QString& name);

// The version a workspace is at (0 for an empty one).
Result<int> schemaVersion(Database& db);

// Brings the schema up to `targetVersion` (normally the latest; older targets let tests build a
// workspace as an earlier program left it), one transaction per step. Refuses a workspace made
// by a newer program. On PostgreSQL an advisory lock keeps two workstations from migrating at
// once.
Status migrate(Database& db, int targetVersion = latestSchemaVersion());

} // namespace callqa::review
