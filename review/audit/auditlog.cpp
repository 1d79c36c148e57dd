#include "review/audit/auditlog.h"

#include "review/storage/database.h"

#include <QJsonDocument>

namespace callqa::review {

void appendAudit(Database& db, qint64 atMs, const AuditEntry& entry)
{
    db.exec(
        QStringLiteral("INSERT INTO audit_log (at_ms, actor, action, entity, entity_id, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {atMs, entry.actor, entry.action, entry.entity, entry.entityId,
         QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact))});
}

} // namespace callqa::review
