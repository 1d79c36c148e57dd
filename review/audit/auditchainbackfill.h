#pragma once

namespace callqa::review {

class Database;

// The migration step that starts the chain in a workspace written before it: hashes every
// existing audit row in id order and sets the head. Inside the migration's transaction.
void buildAuditChain(Database& db);

} // namespace callqa::review
