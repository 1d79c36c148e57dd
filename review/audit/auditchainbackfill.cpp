#include "review/audit/auditchainbackfill.h"

#include "review/audit/auditcanonical.h"
#include "review/audit/auditchainhead.h"
#include "review/audit/auditchainreader.h"
#include "review/storage/database.h"

#include <QSqlQuery>

#include <vector>

namespace callqa::review {

void buildAuditChain(Database& db)
{
    std::vector<AuditChainRow> rows;
    QSqlQuery q = db.exec(QStringLiteral("SELECT ") + QLatin1String(kAuditChainColumns) +
                          QStringLiteral(" FROM audit_log ORDER BY id"));
    while (q.next())
        rows.push_back(auditChainRowOf(q));
    q.finish();
    if (rows.empty())
        return;
    QString prev = genesisAuditHash();
    for (const AuditChainRow& row : rows) {
        const QString hash = auditRowHash(row.content, prev);
        db.exec(QStringLiteral("UPDATE audit_log SET prev_hash = ?, row_hash = ? WHERE id = ?"),
                {prev, hash, row.id});
        prev = hash;
    }
    db.exec(
        QStringLiteral("INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, ?, ?)"),
        {rows.back().id, prev});
}

} // namespace callqa::review
