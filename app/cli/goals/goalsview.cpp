#include "app/cli/clisupport.h"
#include "app/cli/goals/goalscommands.h"
#include "app/cli/goals/goalsjson.h"
#include "review/goals/goalprogress.h"
#include "review/goals/goalstore.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace callqa::app {

namespace {

QString statusText(review::GoalStatus status)
{
    switch (status) {
    case review::GoalStatus::NotStarted:
        return goalsTr("not started");
    case review::GoalStatus::OnTrack:
        return goalsTr("on track");
    case review::GoalStatus::AtRisk:
        return goalsTr("at risk");
    case review::GoalStatus::Achieved:
        return goalsTr("achieved");
    case review::GoalStatus::Missed:
        return goalsTr("missed");
    case review::GoalStatus::NotEnoughData:
        break;
    }
    return goalsTr("not enough data");
}

// Four significant digits, never in exponent form (a day is 86,400 s, not 8.64e+04).
QString numberText(double value)
{
    if (std::abs(value) >= 1000)
        return QLocale().toString(value, 'f', 0);
    return QLocale().toString(value, 'g', 4);
}

void printProgress(CliContext& ctx, const review::GoalProgress& p)
{
    const QLocale locale;
    const review::Goal& g = p.goal;
    ctx.out << goalsTr("Goal %1: %2 %3 for %4, %5 -> %6 by %7 (version %8): %9")
                   .arg(g.id)
                   .arg(review::directionName(g.direction), g.metric, g.scope.toText(),
                        numberText(g.baseline), numberText(g.current.target),
                        locale.toString(
                            QDate::fromString(review::dayText(g.current.deadlineMs), Qt::ISODate),
                            QLocale::ShortFormat))
                   .arg(g.current.version)
                   .arg(statusText(p.judgement.status))
            << '\n';
    QString current = p.current.value ? numberText(*p.current.value) : goalsTr("no value");
    if (p.ci95)
        current +=
            QStringLiteral(" [%1, %2]").arg(numberText(p.ci95->low), numberText(p.ci95->high));
    ctx.out << "  "
            << goalsTr("now %1 (n = %2); %3 of the way, %4 expected by now")
                   .arg(current, locale.toString(p.current.n),
                        p.judgement.shareDone
                            ? locale.toString(100 * *p.judgement.shareDone, 'f', 0) +
                                  QLatin1Char('%')
                            : QStringLiteral("-"),
                        locale.toString(100 * p.judgement.shareExpected, 'f', 0) + QLatin1Char('%'))
            << '\n';
    if (!g.current.why.isEmpty())
        ctx.out << "  " << goalsTr("why: %1").arg(g.current.why) << '\n';
    for (const review::AgentContribution& a : p.agents)
        ctx.out << "  " << a.agentId << ' ' << a.agentName << ": "
                << (a.value.value ? numberText(*a.value.value) : QStringLiteral("-"))
                << goalsTr(" (n = %1)").arg(locale.toString(a.value.n)) << '\n';
    for (const review::GoalTask& t : p.tasks)
        ctx.out << "  [" << (t.done ? 'x' : ' ') << "] #" << t.id << ' ' << t.title
                << (t.owner.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(t.owner))
                << (p.behindTaskIds.contains(t.id) ? QStringLiteral(" - ") + goalsTr("behind")
                                                   : QString())
                << '\n';
}

} // namespace

int runGoalsList(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(goalsTr("Lists the goals you may see."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("goals list"), args))
        return *exit;
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const auto goals = review::GoalStore(*workspace, *actor).list();
    if (!goals)
        return reportFailure(ctx, goals.error());
    if (ctx.json) {
        QJsonArray rows;
        for (const review::Goal& g : *goals)
            rows.append(goalToJson(g));
        printJson(ctx, QJsonDocument(rows));
        return ExitOk;
    }
    for (const review::Goal& g : *goals)
        ctx.out << '#' << g.id << ' ' << g.scope.toText() << ' '
                << review::directionName(g.direction) << ' ' << g.metric
                << (g.itemKey.isEmpty() ? QString() : QLatin1Char(':') + g.itemKey) << ' '
                << numberText(g.baseline) << " -> " << numberText(g.current.target) << ' '
                << review::dayText(g.current.startMs) << ".."
                << review::dayText(g.current.deadlineMs)
                << (g.current.owner.isEmpty() ? QString() : QLatin1Char(' ') + g.current.owner)
                << '\n';
    if (goals->isEmpty())
        ctx.out << goalsTr("No goals.") << '\n';
    return ExitOk;
}

int runGoalsProgress(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        goalsTr("Progress of one goal, or of every goal you may see."));
    parser.addPositionalArgument(QStringLiteral("GOAL"), goalsTr("The goal's id (optional)."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("goals progress"), args))
        return *exit;
    QList<qint64> ids;
    if (!parser.positionalArguments().isEmpty()) {
        bool ok = false;
        ids << parser.positionalArguments().first().toLongLong(&ok);
        if (!ok || parser.positionalArguments().size() > 1) {
            ctx.err << goalsTr("Name at most one goal by its id.") << '\n';
            return ExitUsage;
        }
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    QList<review::GoalProgress> every;
    if (ids.isEmpty()) {
        const auto all = review::everyGoalProgress(*workspace, *actor);
        if (!all)
            return reportFailure(ctx, all.error());
        every = *all;
    }
    for (const qint64 id : std::as_const(ids)) {
        const auto progress = review::goalProgress(*workspace, *actor, id);
        if (!progress)
            return reportFailure(ctx, progress.error());
        every << *progress;
    }
    QJsonArray rows;
    for (const review::GoalProgress& progress : std::as_const(every)) {
        if (ctx.json)
            rows.append(progressToJson(progress));
        else
            printProgress(ctx, progress);
    }
    if (ctx.json)
        printJson(ctx, QJsonDocument(rows));
    return ExitOk;
}

} // namespace callqa::app
