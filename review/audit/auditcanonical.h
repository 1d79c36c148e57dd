#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace callqa::review {

// What one audit row says, as it is stored (entity_id and detail may be NULL).
struct AuditContent {
    qint64 atMs = 0;
    QString actor;
    QString action;
    QString entity;
    std::optional<QString> entityId;
    std::optional<QString> detail; // the stored JSON text
};

// The hash a chain starts from: 64 zeros (32 zero bytes).
QString genesisAuditHash();

// The detail as the chain hashes it: Qt's compact JSON of the parsed text (PostgreSQL's JSONB
// re-spaces and reorders keys; this form is the same on both backends), or the text itself when
// it is not JSON.
QByteArray canonicalAuditDetail(const QString& stored);

// The canonical bytes of a row (see README, "Tamper-evident history"):
//   str("callqa.audit.v1") int64(at_ms) str(actor) str(action) str(entity)
//   opt(entity_id) opt(canonical detail) prev_hash (32 raw bytes)
// str = 4-byte big-endian byte length + UTF-8; opt = 0x00 for NULL, or 0x01 + str;
// int64 = 8 bytes big-endian two's complement. The row id is not hashed: the links fix the order.
QByteArray canonicalAuditBytes(const AuditContent& content, const QString& prevHashHex);

// SHA-256 of the canonical bytes, 64 lower-case hex digits.
QString auditRowHash(const AuditContent& content, const QString& prevHashHex);

} // namespace callqa::review
