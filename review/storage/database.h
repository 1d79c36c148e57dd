#pragma once

#include "review/result.h"
#include "review/storage/dialect.h"
#include "review/storage/location.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>
#include <stdexcept>

namespace callqa::review {

// A failed statement. Thrown inside storage code and turned into a Status at the transaction
// boundary, so repository code reads as straight-line SQL.
class DbError : public std::runtime_error {
public:
    DbError(QString message, QString nativeCode, bool retryable, bool connectionLost);
    const QString& message() const { return m_message; }
    const QString& nativeCode() const { return m_nativeCode; }
    bool retryable() const { return m_retryable; }
    bool connectionLost() const { return m_connectionLost; }

private:
    QString m_message;
    QString m_nativeCode;
    bool m_retryable;
    bool m_connectionLost;
};

// How Database::transact runs a write. On SQLite every write transaction is BEGIN IMMEDIATE (one
// writer at a time). On PostgreSQL:
//  - Isolation::Serializable: SERIALIZABLE, so any read-then-write is safe without locks;
//  - Isolation::RowLocks: READ COMMITTED; the body locks what it decides on with
//    `SELECT ... FOR UPDATE OF` (dialect::forUpdateOf). For small, hot tables (drafts many
//    workstations touch at once), where SERIALIZABLE's predicate locks cover the whole table and
//    turn every pair of writers into a serialization failure.
// With retryUniqueViolation, a unique violation is retried too: the body re-reads and finds the
// row another writer committed a moment ago (check-then-insert races).
enum class Isolation { Serializable, RowLocks };
struct TransactOptions {
    int attempts = 8;
    bool retryUniqueViolation = false;
    Isolation isolation = Isolation::Serializable;
};

// ReadOnly: nothing through this connection can change the database (a SQLite file opened
// read-only, its journal mode left as it is; a PostgreSQL session whose transactions are
// read-only).
enum class Access { ReadWrite, ReadOnly };

// One connection to a workspace database, owned by the thread that opened it.
class Database {
public:
    static Result<std::unique_ptr<Database>> open(const Location& location,
                                                  Access access = Access::ReadWrite);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Backend backend() const { return m_backend; }
    const Location& location() const { return m_location; }
    QSqlDatabase connection() const;

    // Prepares, binds positionally (`?`) and runs one statement; throws DbError.
    QSqlQuery exec(const QString& sql, const QVariantList& binds = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString& sql, const QVariantList& binds = {});
    // Runs an INSERT ... RETURNING id and returns the id.
    qint64 insert(const QString& sql, const QVariantList& binds = {});

    // Runs body in one write transaction (see TransactOptions), retrying on busy/serialization
    // failures and deadlocks. Commits when body returns, rolls back when it throws. A DbError
    // becomes the returned Status; other exceptions propagate after rollback.
    Status transact(const std::function<void()>& body, const TransactOptions& options = {});
    bool inTransaction() const { return m_inTransaction; }

    // The last failed statement: its native code, and whether the server (or file) went away.
    const QString& lastErrorCode() const { return m_lastErrorCode; }
    bool lastErrorLostConnection() const { return m_lastErrorLostConnection; }

private:
    Database(const Location& location, QString connectionName);
    [[noreturn]] void fail(const QSqlError& error, const QString& sql);
    bool hasAuditChainHead(); // PostgreSQL, outside a transaction

    Location m_location;
    Backend m_backend;
    QString m_connectionName;
    bool m_inTransaction = false;
    QString m_lastErrorCode;
    bool m_lastErrorLostConnection = false;
    bool m_hasAuditChainHead = false;
};

} // namespace callqa::review
