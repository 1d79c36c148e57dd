#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "review/calls/calllibrary.h"
#include "review/calls/calllistmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

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
    parser.setApplicationDescription(
        tr("callqa calls [--agent AGENT_ID] [--team TEAM] [--limit N]\n"
           "Lists every call in the library, newest first (only the newest N with --limit), and "
           "ends with how many there are."));
    const QCommandLineOption agentOption(QStringLiteral("agent"), tr("Only this agent's calls."),
                                         QStringLiteral("AGENT_ID"));
    const QCommandLineOption teamOption(QStringLiteral("team"), tr("Only this team's calls."),
                                        QStringLiteral("TEAM"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("Only the newest N calls."),
                                         QStringLiteral("N"));
    parser.addOptions({agentOption, teamOption, limitOption});
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("calls"), args))
        return *exit;
    review::CallFilter filter;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        filter.limit = parser.value(limitOption).toLongLong(&ok);
        if (!ok || *filter.limit < 1) {
            ctx.err << tr("--limit takes a number of calls (1, 2, ...), not “%1”.")
                           .arg(parser.value(limitOption))
                    << '\n';
            return ExitUsage;
        }
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    filter.agentExternalId = parser.value(agentOption);
    filter.team = parser.value(teamOption);
    const auto listed = review::listCalls(workspace->db(), *actor, filter);
    if (!listed)
        return reportFailure(ctx, listed.error());
    const QList<review::CallSummary>& calls = listed.value();
    if (ctx.json) {
        QJsonArray array;
        for (const review::CallSummary& call : std::as_const(calls)) {
            QJsonObject object;
            object.insert(QStringLiteral("id"), call.id);
            object.insert(QStringLiteral("call_id"),
                          call.externalId.isEmpty() ? QJsonValue() : QJsonValue(call.externalId));
            object.insert(QStringLiteral("recording"), call.relativePath);
            // A call recorded in two files: `recording` is the agent's leg.
            object.insert(QStringLiteral("customer_leg"), call.secondLegPath.isEmpty()
                                                              ? QJsonValue()
                                                              : QJsonValue(call.secondLegPath));
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
    qint64 total = calls.size();
    if (filter.limit && calls.size() >= *filter.limit) {
        const auto counted = review::countCalls(workspace->db(), *actor, filter);
        if (!counted)
            return reportFailure(ctx, counted.error());
        total = counted.value();
    }
    const QLocale locale;
    if (total > calls.size())
        ctx.out << tr("%1 of %2 calls").arg(locale.toString(calls.size()), locale.toString(total))
                << '\n';
    else
        ctx.out << QCoreApplication::translate("callqa::app::Calls", "%Ln call(s)", nullptr,
                                               int(calls.size()))
                << '\n';
    return ExitOk;
}

} // namespace callqa::app
