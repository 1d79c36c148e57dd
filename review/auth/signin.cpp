#include "review/auth/signin.h"

#include "review/audit/auditlog.h"
#include "review/auth/passwordhash.h"
#include "review/auth/userrecords.h"
#include "review/auth/userstore.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::SignIn", text);
}

void audit(Workspace& workspace, const QString& actor, const QString& action, const QString& login,
           const QString& reason = {})
{
    // What someone typed as a login may hold anything; keep the row storable everywhere.
    QString printable = login;
    for (QChar& c : printable) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    QJsonObject detail;
    if (!reason.isEmpty())
        detail.insert(QStringLiteral("reason"), reason);
    Database& db = workspace.db();
    // Best effort for a failed sign-in: the refusal stands even if the row cannot be written.
    db.transact([&] {
        appendAudit(db, workspace.now(),
                    {actor == login ? printable : actor, action, QStringLiteral("user"), printable,
                     detail});
    });
}

} // namespace

Result<bool> hasUsers(Workspace& workspace)
{
    try {
        return auth::userCount(workspace.db()) > 0;
    } catch (const DbError& error) {
        return Result<bool>::failure(error.message());
    }
}

Result<Actor> signIn(Workspace& workspace, const QString& login, const QString& password)
{
    using R = Result<Actor>;
    const QString refused = tr("Unknown login or wrong password.");
    std::optional<auth::UserRecord> user;
    try {
        if (auth::loginProblem(login).isEmpty())
            user = auth::findUser(workspace.db(), login);
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
    if (!user) {
        auth::burnVerification(password);
        audit(workspace, login, QStringLiteral("auth.signin_failed"), login,
              QStringLiteral("unknown login"));
        return R::failure(refused);
    }
    if (!auth::verifyPassword(user->passwordHash, password)) {
        audit(workspace, user->login, QStringLiteral("auth.signin_failed"), user->login,
              QStringLiteral("wrong password"));
        return R::failure(refused);
    }
    if (!user->active) {
        audit(workspace, user->login, QStringLiteral("auth.signin_failed"), user->login,
              QStringLiteral("deactivated"));
        return R::failure(tr("The account %1 is deactivated.").arg(user->login));
    }
    const Status recorded = workspace.db().transact([&] {
        appendAudit(
            workspace.db(), workspace.now(),
            {user->login, QStringLiteral("auth.signin"), QStringLiteral("user"), user->login, {}});
    });
    if (!recorded) // a sign-in that cannot be audited does not happen
        return R::failure(recorded.error());
    return user->toActor();
}

Result<Actor> createFirstAdmin(Workspace& workspace, const QString& login,
                               const QString& displayName, const QString& password)
{
    using R = Result<Actor>;
    const Result<bool> existing = hasUsers(workspace);
    if (!existing)
        return R::failure(existing.error());
    if (existing.value())
        return R::failure(tr("This workspace already has users: sign in instead."));
    // The owner creates the admin, as the first user only.
    NewUser admin{login, displayName, {Role::Admin}, password, {}};
    UserStore store(workspace, Actor::owner());
    const Result<qint64> created = store.createFirstUser(admin);
    if (!created)
        return R::failure(created.error());
    return signIn(workspace, login, password);
}

} // namespace callqa::review
