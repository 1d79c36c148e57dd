#pragma once

#include <QString>

namespace callqa::review {

class Database;

// The PostgreSQL channel the library announces committed changes on. Lowercase: Qt quotes the
// name when it subscribes.
inline constexpr char kChangeChannel[] = "callqa_changes";

// Announces that `topic` (e.g. "calls") changed. Call it inside the write transaction: PostgreSQL
// delivers the NOTIFY to every listening workstation when, and only when, the transaction commits.
// On SQLite it does nothing: watchers there poll PRAGMA data_version, which every commit moves.
void announceChange(Database& db, const QString& topic);

} // namespace callqa::review
