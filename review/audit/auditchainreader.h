#pragma once

#include "review/audit/auditchainverifier.h"
#include "review/auth/permissions.h"
#include "review/result.h"

class QSqlQuery;

namespace callqa::review {

class Database;
class Workspace;

// Reads audit_log in id order (streamed, stopping at the first break) and the chain head, and
// verifies the chain. Throws DbError.
AuditChainVerdict verifyAuditChain(Database& db);

// The same, for an actor who may read the audit log; one read snapshot on PostgreSQL.
Result<AuditChainVerdict> verifyAuditChain(Workspace& workspace, const Actor& actor);

// Reads one stored row at the current position of a query selecting kAuditChainColumns.
AuditChainRow auditChainRowOf(const QSqlQuery& query);
extern const char* const kAuditChainColumns;

} // namespace callqa::review
