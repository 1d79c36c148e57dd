#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "review/agents/agentedit.h"
#include "review/agents/directory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace callqa::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Agent", text);
}
// The agent as saveAgent() left it (the directory is storage, not a permission-checked read).
int printSavedAgent(CliContext& ctx, review::Directory& directory, const QString& externalId)
{
    try {
        const auto agent = directory.findAgent(externalId);
        if (!agent)
            return reportFailure(ctx,
                                 tr("Agent %1 was saved but cannot be found.").arg(externalId));
        QString team;
        for (const review::Team& t : directory.teams()) {
            if (agent->teamId && t.id == *agent->teamId)
                team = t.name;
        }
        if (ctx.json)
            printJson(ctx,
                      QJsonDocument(QJsonObject{{QStringLiteral("id"), agent->id},
                                                {QStringLiteral("agent_id"), agent->externalId},
                                                {QStringLiteral("name"), agent->name},
                                                {QStringLiteral("team"), team}}));
        else
            ctx.out << (team.isEmpty()
                            ? tr("Saved agent %1: %2.").arg(agent->externalId, agent->name)
                            : tr("Saved agent %1: %2, team %3.")
                                  .arg(agent->externalId, agent->name, team))
                    << '\n';
    } catch (const review::DbError& error) {
        return reportFailure(ctx, error.message());
    }
    return ExitOk;
}

} // namespace

int runAgent(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa agent add AGENT_ID NAME [--team TEAM]   add or rename an agent\n"
           "callqa agent list                             list agents with their teams"));
    const QCommandLineOption teamOption(QStringLiteral("team"), tr("Team the agent works in."),
                                        QStringLiteral("TEAM"));
    parser.addOption(teamOption);
    parser.addPositionalArgument(QStringLiteral("action"), tr("add | list"));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("agent"), args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != QLatin1String("add") && action != QLatin1String("list")) {
        ctx.err << tr("Say add or list.") << '\n';
        return ExitUsage;
    }
    if (action == QLatin1String("add") && positional.size() != 3) {
        ctx.err << tr("Usage: callqa agent add AGENT_ID NAME [--team TEAM]") << '\n';
        return ExitUsage;
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    review::Directory directory(workspace->db());

    if (action == QLatin1String("add")) {
        const auto added = review::saveAgent(
            *workspace, *actor, {positional.at(1), positional.at(2), parser.value(teamOption)});
        if (!added) {
            ctx.err << added.error() << '\n';
            return ExitFailures;
        }
        return printSavedAgent(ctx, directory, positional.at(1));
    }
    if (const review::Status allowed = review::authorize(*actor, review::Action::ReadCalls);
        !allowed) {
        ctx.err << allowed.error() << '\n';
        return ExitFailures;
    }

    try {
        QHash<qint64, QString> teamNames;
        for (const review::Team& team : directory.teams())
            teamNames.insert(team.id, team.name);
        QJsonArray array;
        for (const review::Agent& agent : directory.agents()) {
            const QString team = agent.teamId ? teamNames.value(*agent.teamId) : QString();
            if (ctx.json) {
                QJsonObject object;
                object.insert(QStringLiteral("agent_id"), agent.externalId);
                object.insert(QStringLiteral("name"), agent.name);
                object.insert(QStringLiteral("team"), team);
                object.insert(QStringLiteral("to_be_named"), agent.toBeNamed);
                array.append(object);
            } else {
                ctx.out << agent.externalId << " | " << agent.name << " | " << team;
                if (agent.toBeNamed)
                    ctx.out << " | " << tr("to be named");
                ctx.out << '\n';
            }
        }
        if (ctx.json)
            printJson(ctx, QJsonDocument(array));
    } catch (const review::DbError& error) {
        ctx.err << error.message() << '\n';
        return ExitFailures;
    }
    return ExitOk;
}

} // namespace callqa::app
