#include "review/audit/auditcanonical.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QtEndian>

namespace callqa::review {

namespace {

void appendUint32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendText(QByteArray& out, const QByteArray& utf8)
{
    appendUint32(out, quint32(utf8.size()));
    out.append(utf8);
}

void appendOptional(QByteArray& out, const std::optional<QByteArray>& utf8)
{
    if (!utf8) {
        out.append('\0');
        return;
    }
    out.append('\1');
    appendText(out, *utf8);
}

} // namespace

QString genesisAuditHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray canonicalAuditDetail(const QString& stored)
{
    const QByteArray text = stored.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return text;
    return document.toJson(QJsonDocument::Compact);
}

QByteArray canonicalAuditBytes(const AuditContent& content, const QString& prevHashHex)
{
    QByteArray out;
    appendText(out, QByteArrayLiteral("callqa.audit.v1"));
    char at[8];
    qToBigEndian(content.atMs, at);
    out.append(at, 8);
    appendText(out, content.actor.toUtf8());
    appendText(out, content.action.toUtf8());
    appendText(out, content.entity.toUtf8());
    appendOptional(out, content.entityId ? std::optional(content.entityId->toUtf8())
                                         : std::optional<QByteArray>());
    appendOptional(out, content.detail ? std::optional(canonicalAuditDetail(*content.detail))
                                       : std::optional<QByteArray>());
    // A malformed stored link still hashes deterministically (and then fails to match).
    QByteArray prev = QByteArray::fromHex(prevHashHex.toLatin1());
    prev = prev.leftJustified(32, '\0', true);
    out.append(prev);
    return out;
}

QString auditRowHash(const AuditContent& content, const QString& prevHashHex)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalAuditBytes(content, prevHashHex),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace callqa::review
