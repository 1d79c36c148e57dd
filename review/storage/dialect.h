#pragma once

#include <QString>

namespace callqa::review {

enum class Backend { Sqlite, Postgres };

// The few places where SQLite and PostgreSQL must differ. Everything else is shared SQL.
namespace dialect {

// Column definition of a generated 64-bit primary key.
QString idColumn(Backend backend);

// Replaces the dialect tokens used in migrations ({{id}}: generated key, {{blob}}: bytes).
QString expandTokens(const QString& sql, Backend backend);

// An SQL expression for the database's own clock in epoch milliseconds. Leases compare against
// it, so workstations whose clocks disagree still agree on when a lease ran out.
QString serverNowMs(Backend backend);

// The locking clause that makes a SELECT lock the rows of `alias` it returns until commit
// (" FOR UPDATE OF d" on PostgreSQL). Empty on SQLite, whose write transactions already exclude
// every other writer.
QString forUpdateOf(Backend backend, const QString& alias);

// True when a failed statement or commit may succeed if the transaction is retried:
// SQLite busy/locked (5, 6, 517), PostgreSQL serialization failure or deadlock (40001, 40P01).
bool isRetryable(Backend backend, const QString& nativeErrorCode);

// True when a statement broke a unique constraint: PostgreSQL 23505; SQLite's extended codes 2067
// (unique) and 1555 (primary key). Not SQLite's plain 19, which every constraint (NOT NULL,
// FOREIGN KEY, CHECK) reports: Qt 6.4's QSQLITE turns extended result codes on (unless
// QSQLITE_NO_USE_EXTENDED_RESULT_CODES is given), and Database::open never turns them off.
bool isUniqueViolation(Backend backend, const QString& nativeErrorCode);

// True when the error says the server (or the file) is gone rather than the statement being wrong.
bool isConnectionLost(Backend backend, const QString& nativeErrorCode, const QString& text);

} // namespace dialect
} // namespace callqa::review
