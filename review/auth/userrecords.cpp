#include "review/auth/userrecords.h"

#include "review/storage/database.h"
#include "review/textfold.h"

#include <QCoreApplication>

namespace callqa::review::auth {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::UserStore", text);
}

constexpr qsizetype kMaxLogin = 64;
constexpr qsizetype kMaxDisplayName = 200;
constexpr qsizetype kMinPassword = 4;
constexpr qsizetype kMaxPassword = 1024;

const QString kSelect = QStringLiteral(
    "SELECT u.id, u.login, u.display_name, u.password_hash, u.agent_id, a.external_id, u.active, "
    "u.created_at FROM users u LEFT JOIN agents a ON a.id = u.agent_id");

bool hasControlCharacters(const QString& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

UserRecord readRecord(const QSqlQuery& q)
{
    UserRecord user;
    user.id = q.value(0).toLongLong();
    user.login = q.value(1).toString();
    user.displayName = q.value(2).toString();
    user.passwordHash = q.value(3).toString();
    if (!q.value(4).isNull())
        user.agentId = q.value(4).toLongLong();
    user.agentExternalId = q.value(5).toString();
    user.active = q.value(6).toBool();
    user.createdAt = q.value(7).toLongLong();
    return user;
}

QList<Role> readRoles(Database& db, qint64 userId)
{
    QList<Role> roles;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"), {userId});
    while (q.next()) {
        if (const auto role = roleFromName(q.value(0).toString()))
            roles << *role;
    }
    // Always in the order of allRoles(), whatever order the database returns.
    QList<Role> ordered;
    for (Role role : allRoles()) {
        if (roles.contains(role))
            ordered << role;
    }
    return ordered;
}

} // namespace

Actor UserRecord::toActor() const
{
    Actor actor;
    actor.userId = id;
    actor.login = login;
    actor.displayName = displayName;
    actor.roles = roles;
    actor.agentId = agentId;
    return actor;
}

std::optional<UserRecord> findUser(Database& db, const QString& login)
{
    QSqlQuery q =
        db.exec(kSelect + QStringLiteral(" WHERE u.login_folded = ?"), {foldForSearch(login)});
    if (!q.next())
        return std::nullopt;
    UserRecord user = readRecord(q);
    q.finish();
    user.roles = readRoles(db, user.id);
    return user;
}

QList<UserRecord> allUsers(Database& db)
{
    QList<UserRecord> users;
    QSqlQuery q = db.exec(kSelect + QStringLiteral(" ORDER BY u.login_folded"));
    while (q.next())
        users << readRecord(q);
    q.finish();
    for (UserRecord& user : users)
        user.roles = readRoles(db, user.id);
    return users;
}

qint64 userCount(Database& db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong();
}

qint64 activeAdminCount(Database& db)
{
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id "
                               "WHERE u.active AND r.role = ?"),
                {roleName(Role::Admin)})
        .toLongLong();
}

void writeRoles(Database& db, qint64 userId, const QList<Role>& roles)
{
    db.exec(QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), {userId});
    for (Role role : allRoles()) {
        if (roles.contains(role))
            db.exec(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"),
                    {userId, roleName(role)});
    }
}

QString loginProblem(const QString& login)
{
    if (login.trimmed().isEmpty())
        return tr("A login must not be empty.");
    if (login != login.trimmed())
        return tr("A login must not start or end with a space.");
    if (login.size() > kMaxLogin)
        return tr("A login has at most %1 characters.").arg(kMaxLogin);
    if (hasControlCharacters(login))
        return tr("A login must not contain control characters.");
    return {};
}

QString displayNameProblem(const QString& name)
{
    if (name.size() > kMaxDisplayName)
        return tr("A name has at most %1 characters.").arg(kMaxDisplayName);
    if (hasControlCharacters(name))
        return tr("A name must not contain control characters.");
    return {};
}

QString passwordProblem(const QString& password)
{
    if (password.size() < kMinPassword)
        return tr("A password has at least %1 characters.").arg(kMinPassword);
    if (password.size() > kMaxPassword)
        return tr("A password has at most %1 characters.").arg(kMaxPassword);
    return {};
}

} // namespace callqa::review::auth
