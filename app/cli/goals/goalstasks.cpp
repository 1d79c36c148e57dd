#include "app/cli/clisupport.h"
#include "app/cli/goals/goalscommands.h"
#include "app/cli/goals/goalsjson.h"
#include "review/goals/goaltasks.h"

#include <QJsonArray>
#include <QJsonObject>

namespace callqa::app {

int runGoalsTasks(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        goalsTr("callqa goals tasks GOAL add --title TEXT [--owner LOGIN] [--due DATE] "
                "[--action-item ID]\n"
                "callqa goals tasks GOAL done TASK\n"
                "callqa goals tasks GOAL list"));
    const QCommandLineOption title(QStringLiteral("title"), goalsTr("What is to be done."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption owner(QStringLiteral("owner"), goalsTr("Who does it."),
                                   QStringLiteral("LOGIN"));
    const QCommandLineOption due(QStringLiteral("due"), goalsTr("By when (YYYY-MM-DD)."),
                                 QStringLiteral("DATE"));
    const QCommandLineOption actionItem(QStringLiteral("action-item"),
                                        goalsTr("The coaching action item this task is."),
                                        QStringLiteral("ID"));
    parser.addOptions({title, owner, due, actionItem});
    parser.addPositionalArgument(QStringLiteral("GOAL"), goalsTr("The goal's id."));
    parser.addPositionalArgument(QStringLiteral("action"), goalsTr("add | done TASK | list"));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("goals tasks"), args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    bool goalOk = false;
    const qint64 goalId = positional.value(0).toLongLong(&goalOk);
    const QString action = positional.value(1);
    bool taskOk = false;
    const qint64 taskId = positional.value(2).toLongLong(&taskOk);
    const bool valid =
        goalOk && ((action == QLatin1String("add") && positional.size() == 2) ||
                   (action == QLatin1String("list") && positional.size() == 2) ||
                   (action == QLatin1String("done") && positional.size() == 3 && taskOk));
    if (!valid) {
        ctx.err << goalsTr("Usage: callqa goals tasks GOAL add --title TEXT | done TASK | list")
                << '\n';
        return ExitUsage;
    }
    std::optional<qint64> actionItemId;
    if (parser.isSet(actionItem)) {
        bool ok = false;
        actionItemId = parser.value(actionItem).toLongLong(&ok);
        if (!ok) {
            ctx.err << goalsTr("--action-item is an id.") << '\n';
            return ExitUsage;
        }
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    review::GoalTasks tasks(*workspace, *actor);
    if (action == QLatin1String("add")) {
        const auto added = tasks.add(
            goalId, {parser.value(title), parser.value(owner), parser.value(due), actionItemId});
        if (!added)
            return reportFailure(ctx, added.error());
        if (ctx.json)
            printJson(ctx, QJsonDocument(QJsonObject{{QStringLiteral("id"), *added}}));
        else
            ctx.out << goalsTr("Added task %1 to goal %2.").arg(*added).arg(goalId) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("done")) {
        if (const review::Status done = tasks.markDone(goalId, taskId); !done)
            return reportFailure(ctx, done.error());
        if (ctx.json)
            printJson(ctx, QJsonDocument(QJsonObject{{QStringLiteral("id"), taskId},
                                                     {QStringLiteral("done"), true}}));
        else
            ctx.out << goalsTr("Task %1 is done.").arg(taskId) << '\n';
        return ExitOk;
    }
    const auto listed = tasks.list(goalId);
    if (!listed)
        return reportFailure(ctx, listed.error());
    if (ctx.json) {
        QJsonArray rows;
        for (const review::GoalTask& t : *listed)
            rows.append(taskToJson(t));
        printJson(ctx, QJsonDocument(rows));
        return ExitOk;
    }
    for (const review::GoalTask& t : *listed)
        ctx.out << '[' << (t.done ? 'x' : ' ') << "] #" << t.id << ' ' << t.title
                << (t.owner.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(t.owner))
                << (t.dueMs ? QLatin1Char(' ') + review::dayText(*t.dueMs) : QString()) << '\n';
    return ExitOk;
}

} // namespace callqa::app
