#include "app/cli/clisupport.h"
#include "app/cli/goals/goalscommands.h"
#include "app/cli/goals/goalsjson.h"
#include "review/goals/goalstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace callqa::app {

namespace {

// A locale-neutral number ("12.5"), or nullopt.
std::optional<double> numberOf(const QString& text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional(value) : std::nullopt;
}

} // namespace

int runGoalsAdd(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(goalsTr("Adds a goal. Refused without a deadline, with the "
                                             "deadline before the start, with a target the "
                                             "baseline already meets, or for a metric this "
                                             "workspace has no data for."));
    const auto option = [&](const char* name, const char* help, const char* value) {
        QCommandLineOption o(QString::fromLatin1(name), goalsTr(help), QString::fromLatin1(value));
        parser.addOption(o);
        return o;
    };
    const auto scope = option("scope", "agent:ID, team:NAME or floor.", "SCOPE");
    const auto metric = option("metric", "A metric id (callqa metrics list).", "METRIC");
    const auto item = option("item", "The item key, for item_compliance.", "KEY");
    const auto direction = option("direction", "raise or lower.", "DIRECTION");
    const auto baseline = option("baseline", "The baseline value, entered.", "VALUE");
    const auto baselineNote =
        option("baseline-note", "Where an entered baseline comes from.", "TEXT");
    const auto baselineFrom =
        option("baseline-from", "Measure the baseline from this day.", "DATE");
    const auto baselineTo = option("baseline-to", "... to this day (included).", "DATE");
    const auto target = option("target", "The target value.", "VALUE");
    const auto start = option("start", "The first day of the goal (YYYY-MM-DD).", "DATE");
    const auto deadline = option("deadline", "The last day of the goal (YYYY-MM-DD).", "DATE");
    const auto owner = option("owner", "Who carries the goal.", "LOGIN");
    const auto why = option("why", "The explanation the team sees.", "TEXT");
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("goals add"), args))
        return *exit;
    review::NewGoal goal;
    goal.scope = parser.value(scope);
    goal.metric = parser.value(metric);
    goal.itemKey = parser.value(item);
    goal.direction = parser.value(direction);
    if (parser.isSet(baseline)) {
        goal.baseline = numberOf(parser.value(baseline));
        if (!goal.baseline) {
            ctx.err << goalsTr("--baseline is a number like 12.5.") << '\n';
            return ExitUsage;
        }
    }
    if (parser.isSet(baseline) && (parser.isSet(baselineFrom) || parser.isSet(baselineTo))) {
        ctx.err << goalsTr("Give --baseline or --baseline-from/--baseline-to, not both.") << '\n';
        return ExitUsage;
    }
    goal.baselineNote = parser.value(baselineNote);
    goal.baselineFrom = parser.value(baselineFrom);
    goal.baselineTo = parser.value(baselineTo);
    const std::optional<double> targetValue = numberOf(parser.value(target));
    if (!targetValue) {
        ctx.err << goalsTr("--target is a number like 12.5.") << '\n';
        return ExitUsage;
    }
    goal.target = *targetValue;
    goal.start = parser.value(start);
    goal.deadline = parser.value(deadline);
    goal.owner = parser.value(owner);
    goal.why = parser.value(why);
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const auto added = review::GoalStore(*workspace, *actor).add(goal);
    if (!added)
        return reportFailure(ctx, added.error());
    if (ctx.json) {
        printJson(ctx, QJsonDocument(QJsonObject{{QStringLiteral("id"), added->id},
                                                 {QStringLiteral("baseline"), added->baseline},
                                                 {QStringLiteral("warnings"),
                                                  QJsonArray::fromStringList(added->warnings)}}));
    } else {
        ctx.out << goalsTr("Added goal %1 (baseline %2).")
                       .arg(added->id)
                       .arg(QLocale().toString(added->baseline))
                << '\n';
        for (const QString& warning : added->warnings)
            ctx.out << goalsTr("warning") << ": " << warning << '\n';
    }
    return ExitOk;
}

int runGoalsAdjust(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        goalsTr("Adjusts a goal: a new version with the reason; every version is kept."));
    const QCommandLineOption target(QStringLiteral("target"), goalsTr("The new target."),
                                    QStringLiteral("VALUE"));
    const QCommandLineOption deadline(QStringLiteral("deadline"), goalsTr("The new deadline."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption owner(QStringLiteral("owner"), goalsTr("The new owner."),
                                   QStringLiteral("LOGIN"));
    const QCommandLineOption reason(QStringLiteral("reason"), goalsTr("Why it changes."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({target, deadline, owner, reason});
    parser.addPositionalArgument(QStringLiteral("GOAL"), goalsTr("The goal's id."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("goals adjust"), args))
        return *exit;
    bool idOk = false;
    const qint64 goalId = parser.positionalArguments().value(0).toLongLong(&idOk);
    if (parser.positionalArguments().size() != 1 || !idOk) {
        ctx.err << goalsTr("Name one goal by its id.") << '\n';
        return ExitUsage;
    }
    review::GoalAdjustment adjustment;
    if (parser.isSet(target)) {
        adjustment.target = numberOf(parser.value(target));
        if (!adjustment.target) {
            ctx.err << goalsTr("--target is a number like 12.5.") << '\n';
            return ExitUsage;
        }
    }
    adjustment.deadline = parser.value(deadline);
    if (parser.isSet(owner))
        adjustment.owner = parser.value(owner);
    adjustment.reason = parser.value(reason);
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const auto adjusted = review::GoalStore(*workspace, *actor).adjust(goalId, adjustment);
    if (!adjusted)
        return reportFailure(ctx, adjusted.error());
    if (ctx.json)
        printJson(ctx, QJsonDocument(goalToJson(*adjusted)));
    else
        ctx.out << goalsTr("Goal %1 is now version %2.").arg(goalId).arg(adjusted->current.version)
                << '\n';
    return ExitOk;
}

} // namespace callqa::app
