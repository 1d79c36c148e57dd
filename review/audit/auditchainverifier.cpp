#include "review/audit/auditchainverifier.h"

namespace callqa::review {

AuditChainVerifier::AuditChainVerifier(AuditHashLookup lookup, std::optional<AuditChainHead> head)
    : m_lookup(std::move(lookup)), m_head(std::move(head)), m_expectedPrev(genesisAuditHash())
{
    m_verdict.headHash = m_expectedPrev;
}

bool AuditChainVerifier::add(const AuditChainRow& row)
{
    if (m_verdict.firstBreak)
        return false;
    AuditChainBreak fault;
    fault.rowId = row.id;
    fault.atMs = row.content.atMs;
    fault.previousId = m_previousId;
    if (m_passedHead) {
        fault.fault = AuditChainFault::PastHead;
        fault.expectedHash = m_head->lastHash;
        fault.foundHash = row.rowHash;
        m_verdict.firstBreak = fault;
        return false;
    }
    const QString recomputed = auditRowHash(row.content, row.prevHash);
    if (recomputed != row.rowHash) {
        fault.fault = AuditChainFault::ContentMismatch;
        fault.expectedHash = recomputed;
        fault.foundHash = row.rowHash;
        m_verdict.firstBreak = fault;
        return false;
    }
    if (row.prevHash != m_expectedPrev) {
        const std::optional<qint64> linked =
            row.prevHash == genesisAuditHash() ? std::nullopt : m_lookup(row.prevHash);
        // A link back to the start, after other rows, is an order fault too.
        const bool exists = linked.has_value() || row.prevHash == genesisAuditHash();
        fault.fault = exists ? AuditChainFault::Order : AuditChainFault::MissingPredecessor;
        fault.linkedId = linked;
        fault.expectedHash = m_expectedPrev;
        fault.foundHash = row.prevHash;
        m_verdict.firstBreak = fault;
        return false;
    }
    m_expectedPrev = row.rowHash;
    m_previousId = row.id;
    ++m_verdict.rowsChecked;
    m_verdict.headHash = row.rowHash;
    m_passedHead = m_head && row.rowHash == m_head->lastHash;
    return true;
}

AuditChainVerdict AuditChainVerifier::finish()
{
    const std::optional<AuditChainHead>& head = m_head;
    if (m_verdict.firstBreak)
        return m_verdict;
    if (!head) {
        if (m_verdict.rowsChecked > 0) {
            AuditChainBreak fault;
            fault.fault = AuditChainFault::MissingHead;
            fault.rowId = m_previousId.value_or(0);
            fault.previousId = m_previousId;
            fault.expectedHash = m_expectedPrev;
            m_verdict.firstBreak = fault;
        }
        return m_verdict;
    }
    if (head->lastHash != m_expectedPrev) {
        AuditChainBreak fault;
        fault.fault = AuditChainFault::MissingTail;
        fault.rowId = head->lastId.value_or(0);
        fault.previousId = m_previousId;
        fault.expectedHash = head->lastHash;
        fault.foundHash = m_expectedPrev;
        m_verdict.firstBreak = fault;
    }
    return m_verdict;
}

AuditChainVerdict verifyAuditChainRows(const std::vector<AuditChainRow>& rows,
                                       const std::optional<AuditChainHead>& head)
{
    AuditChainVerifier verifier(
        [&rows](const QString& hash) -> std::optional<qint64> {
            for (const AuditChainRow& row : rows)
                if (row.rowHash == hash)
                    return row.id;
            return std::nullopt;
        },
        head);
    for (const AuditChainRow& row : rows)
        if (!verifier.add(row))
            break;
    return verifier.finish();
}

} // namespace callqa::review
