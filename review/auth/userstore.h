#pragma once

#include "review/auth/permissions.h"
#include "review/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace callqa::review {

class Workspace;

// A user as `callqa user list` and the admin screens show it. No password hash.
struct UserInfo {
    qint64 id = 0;
    QString login;
    QString displayName;
    QList<Role> roles;
    QString agentExternalId; // the linked agent, for the agent role
    bool active = true;
    qint64 createdAt = 0;
    bool hasPassword = false; // false: cannot sign in until a password is set
};

struct NewUser {
    QString login; // unique, case-insensitively in any script
    QString displayName;
    QList<Role> roles;
    QString password;
    QString agentExternalId; // required with the agent role, refused without it
};

// Users, their roles and passwords (argon2id). Every write is one transaction with an audit row
// and needs an actor who may manage users (a user may also change their own password). The
// last active admin can neither be deactivated nor lose the admin role, so a workspace is never
// left without someone who can manage its users. Sign-in and the first run are in signin.h.
class UserStore {
public:
    UserStore(Workspace& workspace, Actor actor);

    Result<qint64> createUser(const NewUser& user);
    // The first run: like createUser, but only while the workspace has no user at all (checked
    // in the same transaction, so two first runs at once cannot both succeed).
    Result<qint64> createFirstUser(const NewUser& user);
    Status setPassword(const QString& login, const QString& password);
    // `agentExternalId` links the agent role to an agent; empty keeps the current link.
    Status setRoles(const QString& login, const QList<Role>& roles,
                    const QString& agentExternalId = {});
    Status deactivate(const QString& login);
    // Every user, active or not, ordered by login.
    Result<QList<UserInfo>> list();

private:
    Result<qint64> create(const NewUser& user, bool onlyIfFirst);

    Workspace& m_workspace;
    Actor m_actor;
};

} // namespace callqa::review
