#include "review/audit/auditchainreader.h"

#include "review/storage/database.h"
#include "review/storage/workspace.h"

#include <QSqlQuery>

namespace callqa::review {

const char* const kAuditChainColumns =
    "id, at_ms, actor, action, entity, entity_id, detail, prev_hash, row_hash";

AuditChainRow auditChainRowOf(const QSqlQuery& q)
{
    AuditChainRow row;
    row.id = q.value(0).toLongLong();
    row.content.atMs = q.value(1).toLongLong();
    row.content.actor = q.value(2).toString();
    row.content.action = q.value(3).toString();
    row.content.entity = q.value(4).toString();
    if (!q.value(5).isNull())
        row.content.entityId = q.value(5).toString();
    if (!q.value(6).isNull())
        row.content.detail = q.value(6).toString();
    row.prevHash = q.value(7).toString();
    row.rowHash = q.value(8).toString();
    return row;
}

AuditChainVerdict verifyAuditChain(Database& db)
{
    // Call inside one read snapshot (see below), so the head and the rows agree.
    AuditChainVerifier verifier(
        [&db](const QString& hash) -> std::optional<qint64> {
            const QVariant id = db.scalar(
                QStringLiteral("SELECT min(id) FROM audit_log WHERE row_hash = ?"), {hash});
            return id.isValid() && !id.isNull() ? std::optional(id.toLongLong()) : std::nullopt;
        },
        readAuditChainHead(db));
    QSqlQuery q = db.exec(QStringLiteral("SELECT ") + QLatin1String(kAuditChainColumns) +
                          QStringLiteral(" FROM audit_log ORDER BY id"));
    while (q.next()) {
        if (!verifier.add(auditChainRowOf(q)))
            break;
    }
    q.finish();
    return verifier.finish();
}
Result<AuditChainVerdict> verifyAuditChain(Workspace& workspace, const Actor& actor)
{
    using R = Result<AuditChainVerdict>;
    if (const Status allowed = authorize(actor, Action::ReadAudit); !allowed)
        return R::failure(allowed.error());
    Database& db = workspace.db();
    try {
        const bool postgres = db.backend() == Backend::Postgres;
        // One snapshot for the head and the rows; on SQLite a read transaction does the same.
        db.exec(postgres ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                         : QStringLiteral("BEGIN"));
        struct End {
            Database& db;
            ~End()
            {
                try {
                    db.exec(QStringLiteral("ROLLBACK"));
                } catch (const DbError&) {
                    // nothing was written
                }
            }
        } end{db};
        return verifyAuditChain(db);
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

} // namespace callqa::review
