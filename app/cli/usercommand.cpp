#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "review/auth/userstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::User", text);
}

QStringList roleNames(const QList<review::Role>& roles)
{
    QStringList names;
    for (review::Role role : roles)
        names << review::roleName(role);
    return names;
}

// The --role values, or nullopt after printing which one is unknown.
std::optional<QList<review::Role>> parseRoles(CliContext& ctx, const QStringList& values)
{
    QList<review::Role> roles;
    for (const QString& value : values) {
        const auto role = review::roleFromName(value);
        if (!role) {
            ctx.err << tr("Unknown role \"%1\"; the roles are: %2.")
                           .arg(value, roleNames(review::allRoles()).join(QStringLiteral(", ")))
                    << '\n';
            return std::nullopt;
        }
        if (!roles.contains(*role))
            roles << *role;
    }
    if (roles.isEmpty()) {
        ctx.err << tr("Give at least one --role.") << '\n';
        return std::nullopt;
    }
    return roles;
}

// A new password from CALLQA_NEW_PASSWORD, or typed twice at a terminal.
std::optional<QString> newPassword(CliContext& ctx, const QString& login)
{
    if (qEnvironmentVariableIsSet("CALLQA_NEW_PASSWORD"))
        return qEnvironmentVariable("CALLQA_NEW_PASSWORD");
    const auto first =
        readSecret(ctx, "CALLQA_NEW_PASSWORD", tr("New password for %1: ").arg(login));
    if (!first) {
        ctx.err << tr("No new password: set CALLQA_NEW_PASSWORD or run at a terminal.") << '\n';
        return std::nullopt;
    }
    const auto again = readSecret(ctx, "CALLQA_NEW_PASSWORD", tr("The same again: "));
    if (!again || *again != *first) {
        ctx.err << tr("The passwords differ.") << '\n';
        return std::nullopt;
    }
    return first;
}

int report(CliContext& ctx, const review::Status& status)
{
    if (status)
        return ExitOk;
    ctx.err << status.error() << '\n';
    return ExitFailures;
}

// What a write changed, once it committed: `json` for --json, else `text`.
int reportWritten(CliContext& ctx, const QJsonObject& json, const QString& text)
{
    if (ctx.json)
        printJson(ctx, QJsonDocument(json));
    else
        ctx.out << text << '\n';
    return ExitOk;
}

int listUsers(CliContext& ctx, review::UserStore& store)
{
    const auto users = store.list();
    if (!users) {
        ctx.err << users.error() << '\n';
        return ExitFailures;
    }
    if (ctx.json) {
        QJsonArray array;
        for (const review::UserInfo& user : users.value()) {
            QJsonObject object;
            object.insert(QStringLiteral("login"), user.login);
            object.insert(QStringLiteral("name"), user.displayName);
            object.insert(QStringLiteral("roles"),
                          QJsonArray::fromStringList(roleNames(user.roles)));
            object.insert(QStringLiteral("agent_id"), user.agentExternalId);
            object.insert(QStringLiteral("active"), user.active);
            object.insert(QStringLiteral("created_at"), isoUtc(user.createdAt));
            array.append(object);
        }
        printJson(ctx, QJsonDocument(array));
        return ExitOk;
    }
    for (const review::UserInfo& user : users.value()) {
        QStringList cells{user.login, user.displayName,
                          roleNames(user.roles).join(QStringLiteral(", "))};
        if (!user.agentExternalId.isEmpty())
            cells << tr("agent %1").arg(user.agentExternalId);
        if (!user.active)
            cells << tr("deactivated");
        ctx.out << cells.join(QStringLiteral(" | ")) << '\n';
    }
    return ExitOk;
}

} // namespace

int runUser(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa user add LOGIN --role ROLE [--role ROLE] [--name NAME] [--agent AGENT_ID]\n"
           "callqa user list\n"
           "callqa user passwd LOGIN\n"
           "callqa user roles LOGIN --role ROLE [--role ROLE] [--agent AGENT_ID]\n"
           "callqa user deactivate LOGIN\n"
           "Roles: reviewer, supervisor, coach, agent (needs --agent), admin. New passwords come "
           "from CALLQA_NEW_PASSWORD, or are asked for at a terminal."));
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("A role (repeatable)."),
                                        QStringLiteral("ROLE"));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("Display name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption agentOption(QStringLiteral("agent"),
                                         tr("The agent this user is (agent role)."),
                                         QStringLiteral("AGENT_ID"));
    parser.addOption(roleOption);
    parser.addOption(nameOption);
    parser.addOption(agentOption);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("add | list | passwd | roles | deactivate"));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("user"), args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList kActions = {QStringLiteral("add"), QStringLiteral("list"),
                                         QStringLiteral("passwd"), QStringLiteral("roles"),
                                         QStringLiteral("deactivate")};
    if (!kActions.contains(action)) {
        ctx.err << tr("Say add, list, passwd, roles or deactivate.") << '\n';
        return ExitUsage;
    }
    const bool wantsLogin = action != QLatin1String("list");
    if (positional.size() != (wantsLogin ? 2 : 1)) {
        ctx.err << (wantsLogin ? tr("Name exactly one login.") : tr("user list takes no login."))
                << '\n';
        return ExitUsage;
    }
    std::optional<QList<review::Role>> roles;
    if (action == QLatin1String("add") || action == QLatin1String("roles")) {
        roles = parseRoles(ctx, parser.values(roleOption));
        if (!roles)
            return ExitUsage;
    }
    const QString login = positional.value(1);

    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    review::UserStore store(*workspace, *actor);

    if (action == QLatin1String("list"))
        return listUsers(ctx, store);
    if (action == QLatin1String("roles")) {
        const review::Status changed = store.setRoles(login, *roles, parser.value(agentOption));
        if (!changed)
            return report(ctx, changed);
        const QString names = roleNames(*roles).join(QStringLiteral(", "));
        QJsonObject json{{QStringLiteral("login"), login},
                         {QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(*roles))}};
        if (parser.isSet(agentOption))
            json.insert(QStringLiteral("agent_id"), parser.value(agentOption));
        return reportWritten(ctx, json, tr("%1 now has the roles: %2.").arg(login, names));
    }
    if (action == QLatin1String("deactivate")) {
        const review::Status deactivated = store.deactivate(login);
        if (!deactivated)
            return report(ctx, deactivated);
        return reportWritten(ctx,
                             {{QStringLiteral("login"), login}, {QStringLiteral("active"), false}},
                             tr("%1 is deactivated and can no longer sign in.").arg(login));
    }
    // Refuse before asking for a password that would not be used.
    if (action == QLatin1String("add")) {
        if (const review::Status allowed = review::authorize(*actor, review::Action::ManageUsers);
            !allowed)
            return report(ctx, allowed);
    }

    const auto password = newPassword(ctx, login);
    if (!password)
        return ExitUsage;
    if (action == QLatin1String("passwd")) {
        const review::Status changed = store.setPassword(login, *password);
        if (!changed)
            return report(ctx, changed);
        return reportWritten(ctx, {{QStringLiteral("login"), login}},
                             tr("The password of %1 is changed.").arg(login));
    }
    const auto created = store.createUser(
        {login, parser.value(nameOption), *roles, *password, parser.value(agentOption)});
    if (!created) {
        ctx.err << created.error() << '\n';
        return ExitFailures;
    }
    QJsonObject json{{QStringLiteral("id"), created.value()},
                     {QStringLiteral("login"), login},
                     {QStringLiteral("name"), parser.value(nameOption)},
                     {QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(*roles))}};
    if (parser.isSet(agentOption))
        json.insert(QStringLiteral("agent_id"), parser.value(agentOption));
    return reportWritten(ctx, json,
                         tr("Added user %1 with the roles: %2.")
                             .arg(login, roleNames(*roles).join(QStringLiteral(", "))));
}

} // namespace callqa::app
