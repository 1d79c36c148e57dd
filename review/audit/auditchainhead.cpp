#include "review/audit/auditchainhead.h"

#include "review/audit/auditcanonical.h"
#include "review/storage/database.h"

#include <QSqlQuery>

namespace callqa::review {

namespace {

std::optional<AuditChainHead> selectHead(Database& db, bool lock)
{
    const bool postgres = db.backend() == Backend::Postgres;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1") +
                (lock && postgres ? QStringLiteral(" FOR UPDATE") : QString()));
    std::optional<AuditChainHead> head;
    if (q.next()) {
        head = AuditChainHead{};
        if (!q.value(0).isNull())
            head->lastId = q.value(0).toLongLong();
        head->lastHash = q.value(1).toString();
    }
    q.finish();
    return head;
}

} // namespace

AuditChainHead lockAuditChainHead(Database& db)
{
    // The same lock SERIALIZABLE transactions take when they begin (Database::transact), so
    // READ COMMITTED writers queue with them (a row lock alone would not conflict with it).
    if (db.backend() == Backend::Postgres)
        db.exec(QStringLiteral("LOCK TABLE audit_chain_head IN EXCLUSIVE MODE"));
    if (auto head = selectHead(db, true))
        return *head;
    // The first audit row of the workspace. Two first writers: on PostgreSQL the second waits
    // for the first's insert (READ COMMITTED then finds its row; SERIALIZABLE fails with 40001
    // and is retried); on SQLite writers are serialised anyway.
    db.exec(QStringLiteral("INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, "
                           "NULL, ?) ON CONFLICT (id) DO NOTHING"),
            {genesisAuditHash()});
    if (auto head = selectHead(db, true))
        return *head;
    throw DbError(QStringLiteral("The audit chain head cannot be read."), QString(), false, false);
}

void moveAuditChainHead(Database& db, qint64 lastId, const QString& lastHash)
{
    db.exec(QStringLiteral("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1"),
            {lastId, lastHash});
}

std::optional<AuditChainHead> readAuditChainHead(Database& db)
{
    return selectHead(db, false);
}

} // namespace callqa::review
