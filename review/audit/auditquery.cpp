#include "review/audit/auditquery.h"

#include "review/storage/database.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace callqa::review {

Result<QList<AuditRecord>> queryAudit(Workspace& workspace, const Actor& actor,
                                      const AuditFilter& filter)
{
    using R = Result<QList<AuditRecord>>;
    if (const Status allowed = authorize(actor, Action::ReadAudit); !allowed)
        return R::failure(allowed.error());
    if (filter.limit < 1)
        return R::failure(QCoreApplication::translate("callqa::review::AuditQuery",
                                                      "The limit must be at least 1."));
    // No stored text holds a NUL (PostgreSQL cannot), so a filter with one matches nothing.
    for (const QString* text : {&filter.actor, &filter.action, &filter.entity, &filter.entityId}) {
        if (text->contains(QChar(0)))
            return QList<AuditRecord>();
    }
    QString sql = QStringLiteral(
        "SELECT id, at_ms, actor, action, entity, entity_id, detail FROM audit_log WHERE 1 = 1");
    QVariantList binds;
    if (filter.sinceMs) {
        sql += QStringLiteral(" AND at_ms >= ?");
        binds << *filter.sinceMs;
    }
    if (filter.untilMs) {
        sql += QStringLiteral(" AND at_ms < ?");
        binds << *filter.untilMs;
    }
    if (!filter.actor.isEmpty()) {
        sql += QStringLiteral(" AND actor = ?");
        binds << filter.actor;
    }
    if (!filter.action.isEmpty()) {
        // A prefix compared with substr, not LIKE: the user's text is never a pattern.
        const QString family = filter.action + QLatin1Char('.');
        sql += QStringLiteral(" AND (action = ? OR substr(action, 1, CAST(? AS INTEGER)) = ?)");
        binds << filter.action << qint64(family.toUcs4().size()) << family;
    }
    if (!filter.entity.isEmpty()) {
        sql += QStringLiteral(" AND entity = ?");
        binds << filter.entity;
    }
    if (!filter.entityId.isEmpty()) {
        sql += QStringLiteral(" AND entity_id = ?");
        binds << filter.entityId;
    }
    sql += QStringLiteral(" ORDER BY at_ms DESC, id DESC LIMIT ?");
    binds << filter.limit;
    try {
        QList<AuditRecord> records;
        QSqlQuery q = workspace.db().exec(sql, binds);
        while (q.next()) {
            AuditRecord record;
            record.id = q.value(0).toLongLong();
            record.atMs = q.value(1).toLongLong();
            record.actor = q.value(2).toString();
            record.action = q.value(3).toString();
            record.entity = q.value(4).toString();
            record.entityId = q.value(5).toString();
            record.detail = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
            records << record;
        }
        return records;
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

} // namespace callqa::review
