#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/subcommands.h"
#include "review/coaching/coachingstore.h"
#include "review/metrics/metricscope.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Coaching", text);
}

QJsonValue dayJson(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(review::dayText(*ms)) : QJsonValue();
}

QJsonObject itemToJson(const review::ActionItem& item)
{
    return {
        {QStringLiteral("id"), item.id},
        {QStringLiteral("session"), item.sessionId},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("owner"), item.owner},
        {QStringLiteral("due"), dayJson(item.dueOn)},
        {QStringLiteral("done_at"), item.doneAt ? QJsonValue(isoUtc(*item.doneAt)) : QJsonValue()},
        {QStringLiteral("goal"), item.goalId ? QJsonValue(*item.goalId) : QJsonValue()}};
}

QJsonObject sessionToJson(const review::CoachingSession& s)
{
    QJsonArray evaluations, items;
    for (const qint64 id : s.evaluationIds)
        evaluations.append(id);
    for (const review::ActionItem& item : s.items)
        items.append(itemToJson(item));
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("agent_id"), s.agentExternalId},
            {QStringLiteral("agent_name"), s.agentName},
            {QStringLiteral("coach"), s.coach},
            {QStringLiteral("date"), review::dayText(s.heldOn)},
            {QStringLiteral("notes"), s.notes},
            {QStringLiteral("follow_up"), dayJson(s.followUpOn)},
            {QStringLiteral("acknowledged_at"),
             s.acknowledgedAt ? QJsonValue(isoUtc(*s.acknowledgedAt)) : QJsonValue()},
            {QStringLiteral("evaluations"), evaluations},
            {QStringLiteral("items"), items}};
}

QString describeItem(const review::ActionItem& item)
{
    return tr("  item %1: %2 | %3 | due %4 | %5")
        .arg(QString::number(item.id), item.title, item.owner,
             item.dueOn ? review::dayText(*item.dueOn) : QStringLiteral("–"),
             item.doneAt ? tr("done") : tr("open"));
}

QString describeSession(const review::CoachingSession& s)
{
    QString line = tr("#%1 %2 | %3 (%4) with %5 | %6 evaluation(s) | follow-up %7 | %8")
                       .arg(QString::number(s.id), review::dayText(s.heldOn),
                            s.agentName.isEmpty() ? s.agentExternalId : s.agentName,
                            s.agentExternalId, s.coach, QString::number(s.evaluationIds.size()),
                            s.followUpOn ? review::dayText(*s.followUpOn) : QStringLiteral("–"),
                            s.acknowledgedAt ? tr("acknowledged") : tr("not acknowledged"));
    for (const review::ActionItem& item : s.items)
        line += QLatin1Char('\n') + describeItem(item);
    return line;
}

// An optional --DATE option as UTC midnight; false (after saying so) when it is not a date.
bool dayOption(CliContext& ctx, const QCommandLineParser& parser, const QCommandLineOption& option,
               std::optional<qint64>& out)
{
    if (!parser.isSet(option))
        return true;
    out = review::parseDay(parser.value(option));
    if (!out)
        ctx.err << tr("--%1 %2: write the date YYYY-MM-DD.")
                       .arg(option.names().first(), parser.value(option))
                << '\n';
    return out.has_value();
}

int printed(CliContext& ctx, const review::Result<qint64>& id, const QString& what)
{
    if (!id)
        return reportFailure(ctx, id.error());
    if (ctx.json)
        printJson(ctx, QJsonDocument(QJsonObject{{QStringLiteral("id"), id.value()}}));
    else
        ctx.out << what.arg(id.value()) << '\n';
    return ExitOk;
}

int runAdd(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa coaching add --agent ID --date DATE [--evaluations ID,...] [--notes TEXT] "
           "[--follow-up DATE]\nRecords a coaching session (coaches and supervisors) and prints "
           "its id."));
    const QCommandLineOption agent(QStringLiteral("agent"), tr("The agent's id."),
                                   QStringLiteral("ID"));
    const QCommandLineOption date(QStringLiteral("date"), tr("When it was held."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption evaluations(QStringLiteral("evaluations"),
                                         tr("Evaluations discussed."), QStringLiteral("ID,..."));
    const QCommandLineOption notes(QStringLiteral("notes"), tr("Notes."), QStringLiteral("TEXT"));
    const QCommandLineOption followUp(QStringLiteral("follow-up"), tr("The follow-up's day."),
                                      QStringLiteral("DATE"));
    parser.addOptions({agent, date, evaluations, notes, followUp});
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("coaching add"), args))
        return *exit;
    review::NewCoachingSession session;
    session.agentExternalId = parser.value(agent);
    std::optional<qint64> held;
    if (session.agentExternalId.isEmpty() || !parser.isSet(date)) {
        ctx.err << tr("--agent and --date are needed.") << '\n';
        return ExitUsage;
    }
    if (!dayOption(ctx, parser, date, held) ||
        !dayOption(ctx, parser, followUp, session.followUpOn))
        return ExitUsage;
    session.heldOn = *held;
    for (const QString& part :
         parser.value(evaluations).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            ctx.err << tr("--evaluations: “%1” is not an evaluation id.").arg(part) << '\n';
            return ExitUsage;
        }
        session.evaluationIds << id;
    }
    session.notes = parser.value(notes);
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    return printed(ctx, review::CoachingStore(*workspace, *actor).add(session),
                   tr("Coaching session %1 recorded."));
}

int runList(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("callqa coaching list [--agent ID]\nCoaching sessions, "
                                        "newest first (agents: their own)."));
    const QCommandLineOption agent(QStringLiteral("agent"), tr("Only this agent's."),
                                   QStringLiteral("ID"));
    parser.addOption(agent);
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("coaching list"), args))
        return *exit;
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const auto listed = review::CoachingStore(*workspace, *actor).list(parser.value(agent));
    if (!listed)
        return reportFailure(ctx, listed.error());
    if (ctx.json) {
        QJsonArray array;
        for (const review::CoachingSession& s : listed.value())
            array.append(sessionToJson(s));
        printJson(ctx, QJsonDocument(array));
        return ExitOk;
    }
    for (const review::CoachingSession& s : listed.value())
        ctx.out << describeSession(s) << '\n';
    return ExitOk;
}

int runShow(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("callqa coaching show SESSION\nOne session with its "
                                        "evaluations, notes and action items."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("coaching show"), args))
        return *exit;
    const auto id = oneIdArgument(ctx, parser);
    if (!id)
        return ExitUsage;
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const auto found = review::CoachingStore(*workspace, *actor).find(*id);
    if (!found)
        return reportFailure(ctx, found.error());
    if (ctx.json)
        printJson(ctx, QJsonDocument(sessionToJson(found.value())));
    else
        ctx.out << describeSession(found.value()) << '\n' << found->notes << '\n';
    return ExitOk;
}

int runItem(CliContext& ctx, const QStringList& args)
{
    const bool add = args.value(0) == QLatin1String("add");
    const bool done = args.value(0) == QLatin1String("done");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa coaching item add SESSION --title TEXT [--owner LOGIN] [--due DATE]\n"
           "callqa coaching item done ITEM\nAction items of a session: add one (its owner is "
           "you unless --owner), or mark one done (its owner, or a coach)."));
    const QCommandLineOption title(QStringLiteral("title"), tr("What is to be done."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption owner(QStringLiteral("owner"), tr("Who does it."),
                                   QStringLiteral("LOGIN"));
    const QCommandLineOption due(QStringLiteral("due"), tr("By when."), QStringLiteral("DATE"));
    if (add)
        parser.addOptions({title, owner, due});
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("coaching item"),
                                         args.mid(add || done ? 1 : 0)))
        return *exit;
    const auto id = (add || done) ? oneIdArgument(ctx, parser) : std::nullopt;
    if (!id)
        return ExitUsage;
    std::optional<qint64> dueOn;
    if (add && !dayOption(ctx, parser, due, dueOn))
        return ExitUsage;
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    review::CoachingStore store(*workspace, *actor);
    if (add)
        return printed(ctx, store.addItem(*id, parser.value(title), parser.value(owner), dueOn),
                       tr("Action item %1 added."));
    if (const review::Status marked = store.markItemDone(*id); !marked)
        return reportFailure(ctx, marked.error());
    ctx.out << tr("Action item %1 done.").arg(*id) << '\n';
    return ExitOk;
}

int runAck(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa coaching ack SESSION\nThe agent acknowledges their coaching session."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("coaching ack"), args))
        return *exit;
    const auto id = oneIdArgument(ctx, parser);
    if (!id)
        return ExitUsage;
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    if (const review::Status done = review::CoachingStore(*workspace, *actor).acknowledge(*id);
        !done)
        return reportFailure(ctx, done.error());
    ctx.out << tr("Coaching session %1 acknowledged.").arg(*id) << '\n';
    return ExitOk;
}

int runOverdue(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("callqa coaching overdue\nAction items past their due "
                                        "date, and follow-ups not held, for coaches."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("coaching overdue"), args))
        return *exit;
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const auto overdue = review::CoachingStore(*workspace, *actor).overdue();
    if (!overdue)
        return reportFailure(ctx, overdue.error());
    if (ctx.json) {
        QJsonArray items, followUps;
        for (const review::ActionItem& item : overdue->items)
            items.append(itemToJson(item));
        for (const review::CoachingSession& s : overdue->followUps)
            followUps.append(sessionToJson(s));
        printJson(ctx, QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                                 {QStringLiteral("follow_ups"), followUps}}));
        return ExitOk;
    }
    ctx.out << tr("Overdue action items:") << '\n';
    for (const review::ActionItem& item : overdue->items)
        ctx.out << describeItem(item) << '\n';
    ctx.out << tr("Follow-ups not held:") << '\n';
    for (const review::CoachingSession& s : overdue->followUps)
        ctx.out << "  " << describeSession(s).section(QLatin1Char('\n'), 0, 0) << '\n';
    return ExitOk;
}

const Subcommand kSubcommands[] = {
    {"add", runAdd,
     QT_TRANSLATE_NOOP("callqa::app::Coaching",
                       "add --agent ID --date DATE [--evaluations ID,...] [--notes TEXT] "
                       "[--follow-up DATE]")},
    {"list", runList, QT_TRANSLATE_NOOP("callqa::app::Coaching", "list [--agent ID]")},
    {"show", runShow, QT_TRANSLATE_NOOP("callqa::app::Coaching", "show SESSION")},
    {"item", runItem,
     QT_TRANSLATE_NOOP("callqa::app::Coaching",
                       "item add SESSION --title TEXT [--owner LOGIN] [--due DATE] | item done "
                       "ITEM")},
    {"ack", runAck, QT_TRANSLATE_NOOP("callqa::app::Coaching", "ack SESSION   (the agent)")},
    {"overdue", runOverdue,
     QT_TRANSLATE_NOOP("callqa::app::Coaching", "overdue   items past due, follow-ups not held")},
};

} // namespace

int runCoaching(CliContext& ctx, const QStringList& args)
{
    return runSubcommand(ctx, args, kSubcommands, "callqa::app::Coaching",
                         tr("Usage: callqa coaching SUBCOMMAND (each takes --help):"));
}

} // namespace callqa::app
