#include "app/cli/queue/queuecommands.h"
#include "app/cli/queue/queuesupport.h"

#include <QDate>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

namespace callqa::app {

namespace {

QStringList commaList(const QString& text)
{
    QStringList list;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        list << part.trimmed();
    return list;
}

// The first moment of a date in the floor's time zone; std::nullopt for a malformed date.
std::optional<qint64> startOfDay(const QString& text, const QTimeZone& zone, int addDays = 0)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date.addDays(addDays).startOfDay(zone).toMSecsSinceEpoch();
}

struct Options {
    QCommandLineOption checklist{QStringLiteral("checklist"), queueTr("Checklist key."),
                                 QStringLiteral("KEY")};
    QCommandLineOption version{QStringLiteral("version"),
                               queueTr("Checklist version (default: the latest published)."),
                               QStringLiteral("N")};
    QCommandLineOption from{QStringLiteral("from"),
                            queueTr("First day of the period (YYYY-MM-DD)."),
                            QStringLiteral("DATE")};
    QCommandLineOption to{QStringLiteral("to"), queueTr("Last day of the period, included."),
                          QStringLiteral("DATE")};
    QCommandLineOption teams{QStringLiteral("teams"),
                             queueTr("Teams at the time of the call, comma-separated."),
                             QStringLiteral("T1,T2")};
    QCommandLineOption agents{QStringLiteral("agents"), queueTr("Agents' ids, comma-separated."),
                              QStringLiteral("A1,A2")};
    QCommandLineOption queues{QStringLiteral("queues"), queueTr("Phone queues, comma-separated."),
                              QStringLiteral("Q1,Q2")};
    QCommandLineOption direction{QStringLiteral("direction"), queueTr("inbound or outbound."),
                                 QStringLiteral("DIR")};
    QCommandLineOption minDuration{QStringLiteral("min-duration"),
                                   queueTr("Shortest call, in seconds."), QStringLiteral("S")};
    QCommandLineOption maxDuration{QStringLiteral("max-duration"),
                                   queueTr("Longest call, in seconds."), QStringLiteral("S")};
    QCommandLineOption unreviewed{QStringLiteral("unreviewed"),
                                  queueTr("Only calls without any evaluation.")};
    QCommandLineOption includeQueued{QStringLiteral("include-queued"),
                                     queueTr("Also calls that are in another open queue.")};
    QCommandLineOption includeMissing{QStringLiteral("include-missing"),
                                      queueTr("Also calls whose recording is missing.")};
    QCommandLineOption perAgent{QStringLiteral("per-agent"),
                                queueTr("Calls per agent (with --per)."), QStringLiteral("N")};
    QCommandLineOption per{QStringLiteral("per"), queueTr("week or period (with --per-agent)."),
                           QStringLiteral("week|period")};
    QCommandLineOption total{QStringLiteral("total"), queueTr("Calls in all."),
                             QStringLiteral("N")};
    QCommandLineOption stratify{QStringLiteral("stratify"),
                                queueTr("Spread the quota over agent, queue, duration, daypart."),
                                QStringLiteral("DIMS")};
    QCommandLineOption seed{
        QStringLiteral("seed"),
        queueTr("Seed of the draw (default: a random one, stored and printed)."),
        QStringLiteral("S")};
    QCommandLineOption timeZone{QStringLiteral("time-zone"),
                                queueTr("The floor's time zone for days, weeks and dayparts "
                                        "(default: this workstation's)."),
                                QStringLiteral("TZ")};
    QCommandLineOption assign{QStringLiteral("assign"),
                              queueTr("Reviewers' logins, comma-separated."),
                              QStringLiteral("R1,R2")};
    QCommandLineOption by{QStringLiteral("by"), queueTr("round-robin (default) or load."),
                          QStringLiteral("MODE")};
    QCommandLineOption doubleScore{
        QStringLiteral("double-score"),
        queueTr("Also give this share of the drawn items (0-100 %), blind, to a second reviewer "
                "of --assign; the second score measures agreement and counts nowhere."),
        QStringLiteral("PERCENT")};
};

// Reads the rule from the options; an error message when they do not make one.
std::optional<QString> readRequest(const QCommandLineParser& parser, const Options& o,
                                   review::QueueRequest& request)
{
    const QString zoneId = parser.isSet(o.timeZone)
                               ? parser.value(o.timeZone)
                               : QString::fromUtf8(QTimeZone::systemTimeZoneId());
    const QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid())
        return queueTr("Unknown time zone “%1” (use an IANA name such as Europe/Berlin).")
            .arg(zoneId);
    request.rule.timeZone = zoneId;
    request.checklistKey = parser.value(o.checklist);
    if (request.checklistKey.isEmpty())
        return queueTr("Name the checklist: --checklist KEY.");
    if (parser.isSet(o.version)) {
        bool ok = false;
        request.checklistVersion = parser.value(o.version).toInt(&ok);
        if (!ok || request.checklistVersion < 1)
            return queueTr("--version takes a version number from 1.");
    }
    const auto from = startOfDay(parser.value(o.from), zone);
    const auto to = startOfDay(parser.value(o.to), zone, 1);
    if (!from || !to)
        return queueTr("--from and --to take dates as YYYY-MM-DD.");
    if (*to <= *from)
        return queueTr("--to must not be before --from.");
    review::Population& p = request.population;
    p.fromMs = *from;
    p.toMs = *to;
    p.teams = commaList(parser.value(o.teams));
    p.agents = commaList(parser.value(o.agents));
    p.queues = commaList(parser.value(o.queues));
    const QString direction = parser.value(o.direction);
    if (direction == QLatin1String("in") || direction == QLatin1String("inbound"))
        p.direction = QStringLiteral("inbound");
    else if (direction == QLatin1String("out") || direction == QLatin1String("outbound"))
        p.direction = QStringLiteral("outbound");
    else if (!direction.isEmpty())
        return queueTr("--direction is inbound or outbound.");
    for (const auto& [option, target] : {std::pair{&o.minDuration, &p.minDurationMs},
                                         std::pair{&o.maxDuration, &p.maxDurationMs}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const double seconds = parser.value(*option).toDouble(&ok);
        if (!ok || seconds < 0)
            return queueTr("--%1 takes seconds.").arg(option->names().constFirst());
        *target = qint64(seconds * 1000);
    }
    p.unreviewedOnly = parser.isSet(o.unreviewed);
    p.notQueuedElsewhere = !parser.isSet(o.includeQueued);
    p.recordingPresent = !parser.isSet(o.includeMissing);

    const bool perAgent = parser.isSet(o.perAgent);
    if (perAgent == parser.isSet(o.total))
        return queueTr("Give the quota as --per-agent N --per week|period, or as --total N.");
    bool ok = false;
    request.rule.quota = parser.value(perAgent ? o.perAgent : o.total).toLongLong(&ok);
    if (!ok || request.rule.quota < 1)
        return queueTr("The quota is a whole number from 1.");
    if (perAgent) {
        const QString per = parser.value(o.per);
        if (per == QLatin1String("week"))
            request.rule.quotaKind = review::QuotaKind::PerAgentPerWeek;
        else if (per == QLatin1String("period"))
            request.rule.quotaKind = review::QuotaKind::PerAgentPerPeriod;
        else
            return queueTr("--per-agent needs --per week or --per period.");
    } else {
        request.rule.quotaKind = review::QuotaKind::Total;
    }
    for (const QString& name : commaList(parser.value(o.stratify))) {
        const auto dimension = review::dimensionFromName(name);
        if (!dimension)
            return queueTr("--stratify takes agent, queue, duration and daypart, not “%1”.")
                .arg(name);
        if (!request.rule.stratify.contains(*dimension))
            request.rule.stratify << *dimension;
    }
    if (parser.isSet(o.seed)) {
        request.rule.seed = parser.value(o.seed).toULongLong(&ok);
        if (!ok)
            return queueTr("--seed takes a whole number from 0.");
    } else {
        // Below 2^53, so the seed survives any JSON reader a user may check it with.
        request.rule.seed = QRandomGenerator::system()->bounded(quint64(1) << 53);
    }
    request.reviewers = commaList(parser.value(o.assign));
    const QString by = parser.value(o.by);
    if (by == QLatin1String("load"))
        request.assignMode = review::AssignMode::ByLoad;
    else if (!by.isEmpty() && by != QLatin1String("round-robin"))
        return queueTr("--by is round-robin or load.");
    if (parser.isSet(o.doubleScore)) {
        QString share = parser.value(o.doubleScore);
        if (share.endsWith(QLatin1Char('%')))
            share.chop(1);
        request.rule.doubleScorePercent = share.trimmed().toInt(&ok);
        if (!ok || request.rule.doubleScorePercent < 0 || request.rule.doubleScorePercent > 100)
            return queueTr("--double-score takes a whole percentage from 0 to 100.");
    }
    return std::nullopt;
}

} // namespace

int runQueueCreate(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        queueTr("Draws a review queue from the calls of a period by a sampling rule, and stores "
                "the rule, the seed and the frame so the draw can be repeated and checked."));
    const Options o;
    for (const QCommandLineOption* option :
         {&o.checklist,  &o.version,       &o.from,           &o.to,          &o.teams,
          &o.agents,     &o.queues,        &o.direction,      &o.minDuration, &o.maxDuration,
          &o.unreviewed, &o.includeQueued, &o.includeMissing, &o.perAgent,    &o.per,
          &o.total,      &o.stratify,      &o.seed,           &o.timeZone,    &o.assign,
          &o.by,         &o.doubleScore})
        parser.addOption(*option);
    parser.addPositionalArgument(QStringLiteral("name"), queueTr("The queue's name."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("queue create"), args))
        return *exit;
    review::QueueRequest request;
    request.name = parser.positionalArguments().join(QLatin1Char(' '));
    if (request.name.trimmed().isEmpty()) {
        ctx.err << queueTr("Name the queue: callqa queue create NAME --checklist KEY ...") << '\n';
        return ExitUsage;
    }
    if (const auto problem = readRequest(parser, o, request)) {
        ctx.err << *problem << '\n';
        return ExitUsage;
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    review::QueueStore store(*workspace, *actor);
    const auto created = store.create(request);
    if (!created)
        return reportFailure(ctx, created.error());
    const auto queue = store.find(QStringLiteral("#") + QString::number(created.value()));
    if (!queue)
        return reportFailure(ctx, queue.error());
    if (ctx.json) {
        printJson(ctx, QJsonDocument(queueToJson(queue.value())));
        return ExitOk;
    }
    const QLocale locale;
    ctx.out << queueTr("Queue “%1” (#%2): %3 calls drawn from %4 eligible, on %5 version %6, "
                       "seed %7.")
                   .arg(queue->name, QString::number(queue->id),
                        locale.toString(queue->counts.todo), locale.toString(queue->frameSize),
                        queue->checklistKey, QString::number(queue->checklistVersion),
                        QString::number(queue->rule.seed))
            << '\n';
    if (queue->rule.doubleScorePercent > 0)
        ctx.out << queueTr("%1 of them double-scored (%2 %), each blind by a second reviewer.")
                       .arg(locale.toString(queue->counts.doubleScored),
                            locale.toString(queue->rule.doubleScorePercent))
                << '\n';
    return ExitOk;
}

} // namespace callqa::app
