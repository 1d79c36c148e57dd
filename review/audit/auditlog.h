#pragma once

#include <QJsonObject>
#include <QString>

namespace callqa::review {

class Database;

struct AuditEntry {
    QString actor; // login of the user, or "cli"/"system"
    QString action;
    QString entity;
    QString entityId;
    QJsonObject detail;
};

// Appends one audit row. Call it inside the transaction of the change it records, so the change
// and its audit row commit or roll back together.
void appendAudit(Database& db, qint64 atMs, const AuditEntry& entry);

} // namespace callqa::review
