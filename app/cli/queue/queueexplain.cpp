#include "app/cli/queue/queuecommands.h"
#include "app/cli/queue/queuesupport.h"
#include "review/queues/placenames.h"
#include "review/storage/workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include <map>

namespace callqa::app {

namespace {

// The phone system's id of a call, or "#id" when it has none.
QString callLabel(review::Workspace& workspace, qint64 callId)
{
    const QString external =
        workspace.db()
            .scalar(QStringLiteral("SELECT external_id FROM calls WHERE id = ?"), {callId})
            .toString();
    return external.isEmpty() ? QStringLiteral("#%1").arg(callId) : external;
}

QString labels(review::Workspace& workspace, const std::vector<qint64>& ids)
{
    QStringList list;
    for (qint64 id : ids)
        list << callLabel(workspace, id);
    return list.join(QStringLiteral(", "));
}

QString anyOr(const QStringList& list)
{
    return list.isEmpty() ? queueTr("any") : list.join(QStringLiteral(", "));
}

QString ruleText(const review::SamplingRule& rule)
{
    QString quota;
    switch (rule.quotaKind) {
    case review::QuotaKind::PerAgentPerWeek:
        quota = queueTr("%1 calls per agent and week").arg(rule.quota);
        break;
    case review::QuotaKind::PerAgentPerPeriod:
        quota = queueTr("%1 calls per agent over the period").arg(rule.quota);
        break;
    case review::QuotaKind::Total:
        quota = queueTr("%1 calls in all").arg(rule.quota);
        break;
    }
    QStringList dimensions;
    for (review::StratumDimension dimension : rule.stratify)
        dimensions << review::dimensionName(dimension);
    const QString text =
        dimensions.isEmpty()
            ? queueTr("%1, not stratified; seed %2").arg(quota, QString::number(rule.seed))
            : queueTr("%1, stratified by %2 (in proportion, largest remainder); seed %3")
                  .arg(quota, dimensions.join(QStringLiteral(", ")), QString::number(rule.seed));
    if (rule.doubleScorePercent == 0)
        return text;
    return text + queueTr("; %1 % of the drawn items double-scored, blind, by a second reviewer")
                      .arg(QLocale().toString(rule.doubleScorePercent));
}

QString populationText(const review::QueueSummary& queue)
{
    const review::Population& p = queue.population;
    const QTimeZone zone(queue.rule.timeZone.toUtf8());
    const QLocale locale;
    const QString from = locale.toString(QDateTime::fromMSecsSinceEpoch(p.fromMs, zone).date(),
                                         QLocale::ShortFormat);
    const QString to = locale.toString(
        QDateTime::fromMSecsSinceEpoch(p.toMs, zone).date().addDays(-1), QLocale::ShortFormat);
    QStringList conditions = {queueTr("started %1 to %2 (%3)").arg(from, to, queue.rule.timeZone),
                              queueTr("teams: %1").arg(anyOr(p.teams)),
                              queueTr("agents: %1").arg(anyOr(p.agents)),
                              queueTr("phone queues: %1").arg(anyOr(p.queues))};
    if (!p.direction.isEmpty())
        conditions << p.direction;
    if (p.minDurationMs)
        conditions << queueTr("at least %1 s").arg(*p.minDurationMs / 1000);
    if (p.maxDurationMs)
        conditions << queueTr("at most %1 s").arg(*p.maxDurationMs / 1000);
    if (p.unreviewedOnly)
        conditions << queueTr("not reviewed yet");
    if (p.notQueuedElsewhere)
        conditions << queueTr("in no other open queue");
    if (p.recordingPresent)
        conditions << queueTr("recording present");
    return conditions.join(QStringLiteral("; "));
}

} // namespace

int runQueueExplain(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("queue"), queueTr("Name or #id."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("queue explain"), args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << queueTr("Usage: callqa queue explain QUEUE") << '\n';
        return ExitUsage;
    }
    auto opened = openQueue(ctx, parser.positionalArguments().at(0));
    if (!opened.queue)
        return opened.exitCode;
    review::Workspace& workspace = *opened.signedIn.workspace;
    const review::QueueSummary& queue = *opened.queue;
    review::QueueStore store(workspace, *opened.signedIn.actor);
    const auto redraw = store.redraw(queue);
    const auto items = store.items(queue.id);
    if (!redraw || !items)
        return reportFailure(ctx, !redraw ? redraw.error() : items.error());
    std::map<std::pair<QString, QString>, qint64> inQueue;
    for (const review::QueueItem& item : items.value()) {
        if (item.origin != QLatin1String("manual") && item.state != QLatin1String("removed"))
            ++inQueue[{item.group, item.stratum}];
    }
    std::map<std::pair<QString, QString>, qint64> eligible;
    for (const review::StratumCount& stratum : redraw->strata)
        eligible[{stratum.group, stratum.stratum}] = stratum.eligible;

    if (ctx.json) {
        QJsonArray strata;
        for (const review::StratumCount& s : redraw->strata)
            strata.append(QJsonObject{{QStringLiteral("group"), s.group},
                                      {QStringLiteral("stratum"), s.stratum},
                                      {QStringLiteral("eligible"), s.eligible},
                                      {QStringLiteral("allocated"), s.allocated},
                                      {QStringLiteral("in_queue"), inQueue[{s.group, s.stratum}]}});
        QJsonArray calls;
        for (const review::QueueItem& item : items.value())
            calls.append(queueItemToJson(item));
        QJsonObject object = queueToJson(queue);
        object.insert(QStringLiteral("strata"), strata);
        object.insert(QStringLiteral("items"), calls);
        printJson(ctx, QJsonDocument(object));
        return ExitOk;
    }
    const QLocale locale;
    const review::PlaceNames names(workspace.db());
    ctx.out << queueTr("Queue “%1” (#%2) on %3 version %4, drawn by %5 on %6")
                   .arg(queue.name, QString::number(queue.id), queue.checklistKey,
                        QString::number(queue.checklistVersion), queue.createdBy,
                        locale.toString(QDateTime::fromMSecsSinceEpoch(queue.createdAt),
                                        QLocale::ShortFormat))
            << '\n'
            << queueTr("Population: %1").arg(populationText(queue)) << '\n'
            << queueTr("Rule: %1").arg(ruleText(queue.rule)) << '\n'
            << queueTr("Frame: %1 eligible calls at draw time (SHA-256 %2)")
                   .arg(locale.toString(queue.frameSize), queue.frameSha256)
            << '\n'
            << queueTr("Strata (eligible, allocated by the rule, in the queue):") << '\n';
    for (const review::StratumCount& s : redraw->strata)
        ctx.out << "  " << names.readable(s.group) << " | " << names.readable(s.stratum) << ": "
                << locale.toString(s.eligible) << ", " << locale.toString(s.allocated) << ", "
                << locale.toString(inQueue[{s.group, s.stratum}]) << '\n';
    ctx.out << queueTr("Calls:") << '\n';
    for (const review::QueueItem& item : items.value()) {
        QString why;
        if (item.origin == QLatin1String("manual"))
            why = queueTr("added by hand: %1").arg(item.reason);
        else
            why = queueTr("drawn in %1 / %2, one of %3 eligible there")
                      .arg(names.readable(item.group), names.readable(item.stratum),
                           locale.toString(eligible[{item.group, item.stratum}]));
        if (item.state == QLatin1String("removed"))
            why += QLatin1String("; ") + queueTr("removed by hand: %1").arg(item.reason);
        ctx.out << "  " << item.position << ". " << item.callExternalId << ": " << why << '\n';
    }
    return ExitOk;
}

int runQueueVerify(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("queue"), queueTr("Name or #id."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("queue verify"), args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << queueTr("Usage: callqa queue verify QUEUE") << '\n';
        return ExitUsage;
    }
    auto opened = openQueue(ctx, parser.positionalArguments().at(0));
    if (!opened.queue)
        return opened.exitCode;
    review::Workspace& workspace = *opened.signedIn.workspace;
    const auto result = review::QueueStore(workspace, *opened.signedIn.actor).verify(*opened.queue);
    if (!result)
        return reportFailure(ctx, result.error());
    const review::QueueVerification& v = result.value();
    if (ctx.json) {
        const auto ids = [](const std::vector<qint64>& list) {
            QJsonArray array;
            for (qint64 id : list)
                array.append(id);
            return array;
        };
        printJson(ctx, QJsonDocument(
                           QJsonObject{{QStringLiteral("queue"), opened.queue->id},
                                       {QStringLiteral("matches"), v.matches()},
                                       {QStringLiteral("frame_intact"), v.frameIntact},
                                       {QStringLiteral("drawn_not_queued"), ids(v.drawnNotQueued)},
                                       {QStringLiteral("queued_not_drawn"), ids(v.queuedNotDrawn)},
                                       {QStringLiteral("added_by_hand"), ids(v.addedByHand)},
                                       {QStringLiteral("removed_by_hand"), ids(v.removedByHand)},
                                       {QStringLiteral("unexplained"), ids(v.unexplained)}}));
        return v.matches() ? ExitOk : ExitFailures;
    }
    if (!v.frameIntact)
        ctx.out << queueTr("The stored frame was changed after the draw: its SHA-256 no longer "
                           "matches the one taken at draw time.")
                << '\n';
    if (!v.drawnNotQueued.empty())
        ctx.out << queueTr("Drawn by the rule but missing from the queue: %1")
                       .arg(labels(workspace, v.drawnNotQueued))
                << '\n';
    if (!v.queuedNotDrawn.empty())
        ctx.out << queueTr("In the queue as drawn, but the re-draw does not pick them: %1")
                       .arg(labels(workspace, v.queuedNotDrawn))
                << '\n';
    if (!v.unexplained.empty())
        ctx.out << queueTr("Added or removed with no audit row to explain it: %1")
                       .arg(labels(workspace, v.unexplained))
                << '\n';
    if (!v.addedByHand.empty())
        ctx.out << queueTr("Added by hand (audited): %1").arg(labels(workspace, v.addedByHand))
                << '\n';
    if (!v.removedByHand.empty())
        ctx.out << queueTr("Removed by hand (audited): %1").arg(labels(workspace, v.removedByHand))
                << '\n';
    if (!v.matches())
        return ExitFailures;
    ctx.out << queueTr(
                   "Queue “%1” matches its re-draw from the stored frame (%2 calls) and seed %3.")
                   .arg(opened.queue->name, QLocale().toString(opened.queue->frameSize),
                        QString::number(opened.queue->rule.seed))
            << '\n';
    return ExitOk;
}

} // namespace callqa::app
