#include "review/audit/auditlog.h"

#include "review/audit/auditcanonical.h"
#include "review/audit/auditchainhead.h"
#include "review/storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace callqa::review {

void appendAudit(Database& db, qint64 atMs, const AuditEntry& entry)
{
    // Outside a transaction the head read and the insert would be separate statements, and two
    // writers could link to the same predecessor.
    if (!db.inTransaction())
        throw DbError(QCoreApplication::translate(
                          "callqa::review::AuditLog",
                          "An audit row can only be written inside the change's transaction."),
                      QString(), false, false);
    AuditContent content;
    content.atMs = atMs;
    content.actor = entry.actor;
    content.action = entry.action;
    content.entity = entry.entity;
    if (!entry.entityId.isNull())
        content.entityId = entry.entityId;
    content.detail = QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact));

    // The head is locked before the insert, so ids grow in chain order on both backends.
    const AuditChainHead head = lockAuditChainHead(db);
    const QString hash = auditRowHash(content, head.lastHash);
    const qint64 id = db.insert(
        QStringLiteral("INSERT INTO audit_log (at_ms, actor, action, entity, entity_id, detail, "
                       "prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {atMs, content.actor, content.action, content.entity,
         content.entityId ? QVariant(*content.entityId) : QVariant(), *content.detail,
         head.lastHash, hash});
    moveAuditChainHead(db, id, hash);
}

} // namespace callqa::review
