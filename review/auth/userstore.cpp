#include "review/auth/userstore.h"

#include "review/agents/directory.h"
#include "review/audit/auditlog.h"
#include "review/auth/passwordhash.h"
#include "review/auth/userrecords.h"
#include "review/storage/workspace.h"
#include "review/textfold.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::UserStore", text);
}

// A refusal found inside a transaction: rolls it back and becomes the returned error.
struct Refused {
    QString reason;
};

QJsonArray roleNames(const QList<Role>& roles)
{
    QJsonArray names;
    for (Role role : roles)
        names.append(roleName(role));
    return names;
}

auth::UserRecord requireUser(Database& db, const QString& login)
{
    auto user = auth::findUser(db, login);
    if (!user)
        throw Refused{tr("There is no user %1.").arg(login)};
    return *user;
}

// The agent the agent role is linked to, checked against the roles.
QVariant agentLink(Database& db, const QList<Role>& roles, const QString& externalId,
                   std::optional<qint64> current)
{
    const bool agentRole = roles.contains(Role::Agent);
    if (!externalId.isEmpty()) {
        if (!agentRole)
            throw Refused{tr("Only a user with the agent role is linked to an agent.")};
        const auto agent = Directory(db).findAgent(externalId);
        if (!agent)
            throw Refused{tr("There is no agent %1.").arg(externalId)};
        return agent->id;
    }
    if (!agentRole)
        return QVariant();
    if (!current)
        throw Refused{tr("The agent role needs the agent the user is (give the agent's id).")};
    return *current;
}

Status run(Database& db, const std::function<void()>& body)
{
    try {
        return db.transact(body);
    } catch (const Refused& refused) {
        return Status::failure(refused.reason);
    }
}

} // namespace

UserStore::UserStore(Workspace& workspace, Actor actor)
    : m_workspace(workspace), m_actor(std::move(actor))
{
}

Result<qint64> UserStore::createUser(const NewUser& user)
{
    return create(user, false);
}

Result<qint64> UserStore::createFirstUser(const NewUser& user)
{
    return create(user, true);
}

Result<qint64> UserStore::create(const NewUser& user, bool onlyIfFirst)
{
    using R = Result<qint64>;
    if (const Status allowed = authorize(m_actor, Action::ManageUsers); !allowed)
        return R::failure(allowed.error());
    for (const QString& problem :
         {auth::loginProblem(user.login), auth::displayNameProblem(user.displayName),
          auth::passwordProblem(user.password)}) {
        if (!problem.isEmpty())
            return R::failure(problem);
    }
    if (user.roles.isEmpty())
        return R::failure(tr("A user needs at least one role."));
    const Result<QString> hash = auth::hashPassword(user.password);
    if (!hash)
        return R::failure(hash.error());

    Database& db = m_workspace.db();
    qint64 id = 0;
    const Status created = run(db, [&] {
        const qint64 users = auth::userCount(db);
        if (onlyIfFirst && users > 0)
            throw Refused{tr("This workspace already has users: sign in instead.")};
        if (auth::findUser(db, user.login))
            throw Refused{tr("The login %1 is taken.").arg(user.login)};
        if (users == 0 && !user.roles.contains(Role::Admin))
            throw Refused{tr("The first user of a workspace must be an admin.")};
        const QVariant agentId = agentLink(db, user.roles, user.agentExternalId, std::nullopt);
        const QString name =
            user.displayName.trimmed().isEmpty() ? user.login : user.displayName.trimmed();
        const qint64 now = m_workspace.now();
        id = db.insert(
            QStringLiteral("INSERT INTO users (login, login_folded, display_name, "
                           "password_hash, agent_id, active, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {user.login, foldForSearch(user.login), name, hash.value(), agentId, true, now});
        auth::writeRoles(db, id, user.roles);
        QJsonObject detail;
        detail.insert(QStringLiteral("name"), name);
        detail.insert(QStringLiteral("roles"), roleNames(user.roles));
        if (!user.agentExternalId.isEmpty())
            detail.insert(QStringLiteral("agent"), user.agentExternalId);
        appendAudit(db, now,
                    {m_actor.login, QStringLiteral("user.create"), QStringLiteral("user"),
                     user.login, detail});
    });
    if (!created)
        return R::failure(created.error());
    return id;
}

Status UserStore::setPassword(const QString& login, const QString& password)
{
    if (const QString problem = auth::passwordProblem(password); !problem.isEmpty())
        return Status::failure(problem);
    Database& db = m_workspace.db();
    const bool own = m_actor.userId != 0 && foldForSearch(login) == foldForSearch(m_actor.login) &&
                     !m_actor.isOwner();
    if (!own) {
        if (const Status allowed = authorize(m_actor, Action::ManageUsers); !allowed)
            return allowed;
    }
    const Result<QString> hash = auth::hashPassword(password);
    if (!hash)
        return Status::failure(hash.error());
    return run(db, [&] {
        const auth::UserRecord user = requireUser(db, login);
        db.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                {hash.value(), user.id});
        appendAudit(db, m_workspace.now(),
                    {m_actor.login,
                     QStringLiteral("user.password"),
                     QStringLiteral("user"),
                     user.login,
                     {}});
    });
}

Status UserStore::setRoles(const QString& login, const QList<Role>& roles,
                           const QString& agentExternalId)
{
    if (const Status allowed = authorize(m_actor, Action::ManageUsers); !allowed)
        return allowed;
    if (roles.isEmpty())
        return Status::failure(tr("A user needs at least one role."));
    Database& db = m_workspace.db();
    return run(db, [&] {
        const auth::UserRecord user = requireUser(db, login);
        if (user.active && user.roles.contains(Role::Admin) && !roles.contains(Role::Admin) &&
            auth::activeAdminCount(db) <= 1)
            throw Refused{
                tr("%1 is the last admin: make another user an admin first.").arg(user.login)};
        const QVariant agentId = agentLink(db, roles, agentExternalId, user.agentId);
        db.exec(QStringLiteral("UPDATE users SET agent_id = ? WHERE id = ?"), {agentId, user.id});
        auth::writeRoles(db, user.id, roles);
        QJsonObject detail;
        detail.insert(QStringLiteral("from"), roleNames(user.roles));
        detail.insert(QStringLiteral("to"), roleNames(roles));
        if (!agentExternalId.isEmpty())
            detail.insert(QStringLiteral("agent"), agentExternalId);
        appendAudit(db, m_workspace.now(),
                    {m_actor.login, QStringLiteral("user.roles"), QStringLiteral("user"),
                     user.login, detail});
    });
}

Status UserStore::deactivate(const QString& login)
{
    if (const Status allowed = authorize(m_actor, Action::ManageUsers); !allowed)
        return allowed;
    Database& db = m_workspace.db();
    return run(db, [&] {
        const auth::UserRecord user = requireUser(db, login);
        if (!user.active)
            return;
        if (user.roles.contains(Role::Admin) && auth::activeAdminCount(db) <= 1)
            throw Refused{
                tr("%1 is the last admin: make another user an admin first.").arg(user.login)};
        db.exec(QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), {false, user.id});
        appendAudit(db, m_workspace.now(),
                    {m_actor.login,
                     QStringLiteral("user.deactivate"),
                     QStringLiteral("user"),
                     user.login,
                     {}});
    });
}

Result<QList<UserInfo>> UserStore::list()
{
    using R = Result<QList<UserInfo>>;
    if (const Status allowed = authorize(m_actor, Action::ManageUsers); !allowed)
        return R::failure(allowed.error());
    try {
        QList<UserInfo> users;
        for (const auth::UserRecord& record : auth::allUsers(m_workspace.db()))
            users << UserInfo{record.id,
                              record.login,
                              record.displayName,
                              record.roles,
                              record.agentExternalId,
                              record.active,
                              record.createdAt,
                              !record.passwordHash.isEmpty()};
        return users;
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

} // namespace callqa::review
