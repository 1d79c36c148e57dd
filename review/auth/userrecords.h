#pragma once

#include "review/auth/permissions.h"

#include <QList>
#include <QString>

#include <optional>

namespace callqa::review {
class Database;
}

namespace callqa::review::auth {

// One row of the users table with its roles. Internal to the user store and sign-in.
struct UserRecord {
    qint64 id = 0;
    QString login;
    QString displayName;
    QString passwordHash;
    std::optional<qint64> agentId;
    QString agentExternalId;
    bool active = true;
    qint64 createdAt = 0;
    QList<Role> roles;

    Actor toActor() const;
};

// Looks a user up by login, case-insensitively in any script. Throws DbError.
std::optional<UserRecord> findUser(Database& db, const QString& login);
QList<UserRecord> allUsers(Database& db);
qint64 userCount(Database& db);
qint64 activeAdminCount(Database& db);

// Replaces the roles of a user.
void writeRoles(Database& db, qint64 userId, const QList<Role>& roles);

// Empty when the value is acceptable, else the reason, for the user to read.
QString loginProblem(const QString& login);
QString displayNameProblem(const QString& name);
QString passwordProblem(const QString& password);

} // namespace callqa::review::auth
