#pragma once

#include <QJsonObject>
#include <QString>

namespace callqa::review {

class Database;

struct AuditEntry {
    QString actor; // login of the user, or "cli"/"system"
    QString action;
    QString entity;
    QString entityId; // a null QString is stored as NULL
    QJsonObject detail;
};

// Appends one audit row, linked into the workspace's hash chain (see auditcanonical.h): it locks
// the chain head, hashes the row with the head's hash, inserts it and moves the head to it. Call
// it inside the transaction of the change it records (Database::transact), so the change, its
// audit row and the head commit or roll back together; outside a transaction it throws DbError.
// On PostgreSQL every writer holds an EXCLUSIVE lock on audit_chain_head until commit, so two
// transactions never link to the same predecessor; SERIALIZABLE transactions take it when they
// begin (Database::transact), before their snapshot, so they read the committed head.
void appendAudit(Database& db, qint64 atMs, const AuditEntry& entry);

} // namespace callqa::review
