#pragma once

#include "review/audit/auditcanonical.h"
#include "review/audit/auditchainhead.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace callqa::review {

// One audit row as the chain reads it.
struct AuditChainRow {
    qint64 id = 0;
    AuditContent content;
    QString prevHash; // empty when NULL
    QString rowHash;  // empty when NULL
};

enum class AuditChainFault {
    ContentMismatch,    // the row's content (or its link) is not what its hash was made from
    MissingPredecessor, // the row links to a hash no row has: rows before it were deleted
    Order,              // the row links to a row that exists but is not the one before it
    MissingTail,        // the head names a row that is not there: the newest rows were deleted
    MissingHead,        // rows exist but the chain head was deleted
    PastHead,           // a row after the one the head names: added without the chain
};

// The first place the chain breaks.
struct AuditChainBreak {
    AuditChainFault fault = AuditChainFault::ContentMismatch;
    qint64 rowId = 0;                 // the row named (for MissingTail: the head's row id)
    std::optional<qint64> atMs;       // its time, when the row is there
    std::optional<qint64> previousId; // the row walked before it, if any
    std::optional<qint64> linkedId;   // Order: the row it links to
    QString expectedHash;             // ContentMismatch: recomputed; links: the expected link
    QString foundHash;                // ContentMismatch: stored; links: the stored link
};

struct AuditChainVerdict {
    qint64 rowsChecked = 0; // rows found intact before the first break (all rows when intact)
    QString headHash;       // the hash of the newest intact row (genesis for an empty log)
    std::optional<AuditChainBreak> firstBreak;
    bool intact() const { return !firstBreak.has_value(); }
};

// Which row has this stored row_hash (for telling a reordered row from a deleted predecessor).
using AuditHashLookup = std::function<std::optional<qint64>(const QString& rowHash)>;

// Walks the chain in id order, one row at a time, and keeps the first break. Pure: the rows and
// the lookup come from the caller.
class AuditChainVerifier {
public:
    AuditChainVerifier(AuditHashLookup lookup, std::optional<AuditChainHead> head);
    // False once the chain is broken (later rows need not be read).
    bool add(const AuditChainRow& row);
    AuditChainVerdict finish();

private:
    AuditHashLookup m_lookup;
    std::optional<AuditChainHead> m_head;
    bool m_passedHead = false;
    AuditChainVerdict m_verdict;
    std::optional<qint64> m_previousId;
    QString m_expectedPrev;
};

// The whole walk over rows in id order, with the lookup over the same rows.
AuditChainVerdict verifyAuditChainRows(const std::vector<AuditChainRow>& rows,
                                       const std::optional<AuditChainHead>& head);

} // namespace callqa::review
