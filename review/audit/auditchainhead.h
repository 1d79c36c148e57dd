#pragma once

#include <QString>

#include <optional>

namespace callqa::review {

class Database;

// The one-row table audit_chain_head: the id and hash of the newest audit row.
struct AuditChainHead {
    std::optional<qint64> lastId; // none before the first row
    QString lastHash;
};

// Inside a write transaction: the head, locked until commit (FOR UPDATE on PostgreSQL; SQLite's
// BEGIN IMMEDIATE already holds the write lock). Creates the row on the first use.
AuditChainHead lockAuditChainHead(Database& db);

// Moves the head to the row just appended.
void moveAuditChainHead(Database& db, qint64 lastId, const QString& lastHash);

// The head as stored (no lock), or none when no row was ever chained.
std::optional<AuditChainHead> readAuditChainHead(Database& db);

} // namespace callqa::review
