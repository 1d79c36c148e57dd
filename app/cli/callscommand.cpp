#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "review/calls/calllibrary.h"
#include "review/calls/calllistmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace callqa::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Calls", text);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}
} // namespace

int runCalls(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the calls in the library, newest first."));
    const QCommandLineOption agentOption(QStringLiteral("agent"), tr("Only this agent's calls."),
                                         QStringLiteral("AGENT_ID"));
    const QCommandLineOption teamOption(QStringLiteral("team"), tr("Only this team's calls."),
                                        QStringLiteral("TEAM"));
    parser.addOption(agentOption);
    parser.addOption(teamOption);
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("calls"), args))
        return *exit;
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    review::CallFilter filter;
    filter.agentExternalId = parser.value(agentOption);
    filter.team = parser.value(teamOption);
    const auto listed = review::listCalls(workspace->db(), *actor, filter);
    if (!listed) {
        ctx.err << listed.error() << '\n';
        return ExitFailures;
    }
    const QList<review::CallSummary>& calls = listed.value();
    if (ctx.json) {
        QJsonArray array;
        for (const review::CallSummary& call : std::as_const(calls)) {
            QJsonObject object;
            object.insert(QStringLiteral("id"), call.id);
            object.insert(QStringLiteral("call_id"), call.externalId);
            object.insert(QStringLiteral("recording"), call.relativePath);
            object.insert(QStringLiteral("codec"), call.codec);
            object.insert(QStringLiteral("channels"), call.channels);
            object.insert(QStringLiteral("duration_ms"), call.durationMs);
            object.insert(QStringLiteral("started_at"),
                          call.startedAtMs ? QJsonValue(isoTime(*call.startedAtMs)) : QJsonValue());
            object.insert(QStringLiteral("agent"), call.agentName);
            object.insert(QStringLiteral("team"), call.teamName);
            object.insert(QStringLiteral("direction"), call.direction);
            object.insert(QStringLiteral("queue"), call.queue);
            object.insert(QStringLiteral("missing"), call.missing);
            object.insert(QStringLiteral("score"),
                          call.score ? QJsonValue(*call.score) : QJsonValue());
            object.insert(QStringLiteral("passed"),
                          call.score || call.criticalFail ? QJsonValue(call.passed) : QJsonValue());
            array.append(object);
        }
        printJson(ctx, QJsonDocument(array));
        return ExitOk;
    }
    review::CallListModel model;
    model.setCalls(calls);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.data(model.index(row, column), Qt::DisplayRole).toString();
        ctx.out << cells.join(QStringLiteral(" | ")) << '\n';
    }
    ctx.out << QCoreApplication::translate("callqa::app::Calls", "%n call(s)", nullptr,
                                           int(calls.size()))
            << '\n';
    return ExitOk;
}

} // namespace callqa::app
