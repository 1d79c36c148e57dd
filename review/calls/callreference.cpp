#include "review/calls/callreference.h"

#include "review/storage/database.h"

#include <QCoreApplication>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::CallReference", text);
}

// A positive id in decimal digits only (no sign, no spaces), or 0.
qint64 positiveId(const QString& digits)
{
    if (digits.isEmpty())
        return 0;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return 0;
    }
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

std::optional<CallIdentity> callWhere(Database& db, const QString& where, const QVariant& bind)
{
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT id, external_id FROM calls WHERE ") + where, {bind});
    if (!q.next())
        return std::nullopt;
    return CallIdentity{q.value(0).toLongLong(), q.value(1).toString()};
}

} // namespace

Result<CallReference> parseCallReference(const QString& text)
{
    using R = Result<CallReference>;
    if (text.trimmed().isEmpty())
        return R::failure(tr("An empty call reference names no call."));
    CallReference reference;
    if (text.startsWith(QLatin1Char('#'))) {
        reference.kind = CallReference::Kind::InternalId;
        reference.internalId = positiveId(text.mid(1));
        if (reference.internalId == 0)
            return R::failure(
                tr("“%1” is not a call id: after # comes the number `callqa calls` shows.")
                    .arg(text));
        return reference;
    }
    if (text.startsWith(QLatin1Char('='))) {
        reference.kind = CallReference::Kind::ExactPhoneSystemId;
        reference.phoneSystemId = text.mid(1);
        if (reference.phoneSystemId.isEmpty())
            return R::failure(tr("“=” names no call: after = comes the phone system's call id."));
        return reference;
    }
    reference.phoneSystemId = text;
    reference.internalId = positiveId(text);
    return reference;
}

Result<CallIdentity> decideCallReference(const QString& text, const CallReference& reference,
                                         const std::optional<CallIdentity>& byPhoneSystemId,
                                         const std::optional<CallIdentity>& byInternalId)
{
    using R = Result<CallIdentity>;
    switch (reference.kind) {
    case CallReference::Kind::InternalId:
        if (byInternalId)
            return *byInternalId;
        return R::failure(tr("There is no call %1.").arg(text));
    case CallReference::Kind::ExactPhoneSystemId:
        if (byPhoneSystemId)
            return *byPhoneSystemId;
        return R::failure(
            tr("There is no call with the phone system's id “%1”.").arg(reference.phoneSystemId));
    case CallReference::Kind::PhoneSystemId:
        break;
    }
    const bool otherById =
        byInternalId && (!byPhoneSystemId || byInternalId->id != byPhoneSystemId->id);
    if (byPhoneSystemId && otherById)
        return R::failure(
            tr("“%1” names two calls: the phone system's call %1 (#%2) and call #%3 (%4). Say "
               "=%1 for the first or #%3 for the second.")
                .arg(text, QString::number(byPhoneSystemId->id), QString::number(byInternalId->id),
                     describeCall(*byInternalId)));
    if (byPhoneSystemId)
        return *byPhoneSystemId;
    if (byInternalId)
        return R::failure(tr("There is no call with the phone system's id “%1”; call #%1 (%2) "
                             "has that id in this workspace: say #%1 to mean it.")
                              .arg(text, describeCall(*byInternalId)));
    return R::failure(tr("There is no call “%1”.").arg(text));
}

Result<CallIdentity> resolveCallReference(Database& db, const QString& text)
{
    const auto reference = parseCallReference(text);
    if (!reference)
        return Result<CallIdentity>::failure(reference.error());
    // No stored text holds a NUL (PostgreSQL cannot), so such a reference matches nothing.
    std::optional<CallIdentity> byPhoneSystemId;
    if (!reference->phoneSystemId.isEmpty() && !reference->phoneSystemId.contains(QChar(0)))
        byPhoneSystemId =
            callWhere(db, QStringLiteral("external_id = ?"), reference->phoneSystemId);
    std::optional<CallIdentity> byInternalId;
    if (reference->internalId > 0 && reference->kind != CallReference::Kind::ExactPhoneSystemId)
        byInternalId = callWhere(db, QStringLiteral("id = ?"), reference->internalId);
    return decideCallReference(text, *reference, byPhoneSystemId, byInternalId);
}

QString describeCall(const CallIdentity& call)
{
    return call.phoneSystemId.isEmpty() ? QStringLiteral("#%1").arg(call.id) : call.phoneSystemId;
}

} // namespace callqa::review
