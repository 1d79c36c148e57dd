#include "app/cli/queue/queuecommands.h"
#include "app/cli/queue/queuesupport.h"
#include "review/calls/callreference.h"
#include "review/queues/placenames.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace callqa::app {

namespace {

// Parses `callqa queue NAME ARGS` with only --help, and `count` positional arguments.
std::optional<int> parsePositional(CliContext& ctx, QCommandLineParser& parser, const char* name,
                                   const QStringList& args, qsizetype count, const QString& usage)
{
    parser.addPositionalArgument(QStringLiteral("args"), usage);
    if (const auto exit =
            parseArguments(ctx, parser, QStringLiteral("queue ") + QLatin1String(name), args))
        return exit;
    if (parser.positionalArguments().size() != count) {
        ctx.err << queueTr("Usage: callqa queue %1").arg(usage) << '\n';
        return ExitUsage;
    }
    return std::nullopt;
}

QString stateText(const QString& state)
{
    if (state == QLatin1String("todo"))
        return queueTr("to do");
    if (state == QLatin1String("in_progress"))
        return queueTr("in progress");
    if (state == QLatin1String("done"))
        return queueTr("done");
    if (state == QLatin1String("skipped"))
        return queueTr("skipped");
    return queueTr("removed");
}

} // namespace

int runQueueList(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    if (const auto exit = parsePositional(ctx, parser, "list", args, 0, QStringLiteral("list")))
        return *exit;
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const auto queues = review::QueueStore(*workspace, *actor).list();
    if (!queues)
        return reportFailure(ctx, queues.error());
    QJsonArray array;
    const QLocale locale;
    for (const review::QueueSummary& queue : queues.value()) {
        if (ctx.json) {
            array.append(queueToJson(queue));
            continue;
        }
        ctx.out << queueTr("#%1 %2 | %3 v%4 | %5 to do, %6 in progress, %7 done, %8 skipped | "
                           "drawn from %9 eligible by %10 on %11")
                       .arg(QString::number(queue.id), queue.name, queue.checklistKey,
                            QString::number(queue.checklistVersion),
                            locale.toString(queue.counts.todo),
                            locale.toString(queue.counts.inProgress),
                            locale.toString(queue.counts.done),
                            locale.toString(queue.counts.skipped), locale.toString(queue.frameSize),
                            queue.createdBy,
                            locale.toString(QDateTime::fromMSecsSinceEpoch(queue.createdAt),
                                            QLocale::ShortFormat))
                << '\n';
    }
    if (ctx.json)
        printJson(ctx, QJsonDocument(array));
    else
        ctx.out << QCoreApplication::translate("callqa::app::Queue", "%n queue(s)", nullptr,
                                               int(queues->size()))
                << '\n';
    return ExitOk;
}

int runQueueShow(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    if (const auto exit =
            parsePositional(ctx, parser, "show", args, 1, QStringLiteral("show QUEUE")))
        return *exit;
    auto opened = openQueue(ctx, parser.positionalArguments().at(0));
    if (!opened.queue)
        return opened.exitCode;
    review::QueueStore store(*opened.signedIn.workspace, *opened.signedIn.actor);
    const auto items = store.items(opened.queue->id);
    if (!items)
        return reportFailure(ctx, items.error());
    if (ctx.json) {
        QJsonObject object = queueToJson(*opened.queue);
        QJsonArray array;
        for (const review::QueueItem& item : items.value())
            array.append(queueItemToJson(item));
        object.insert(QStringLiteral("items"), array);
        printJson(ctx, QJsonDocument(object));
        return ExitOk;
    }
    const review::PlaceNames names(opened.signedIn.workspace->db());
    ctx.out << queueTr("Queue “%1” (#%2) on %3 v%4")
                   .arg(opened.queue->name, QString::number(opened.queue->id),
                        opened.queue->checklistKey, QString::number(opened.queue->checklistVersion))
            << '\n';
    for (const review::QueueItem& item : items.value()) {
        ctx.out << item.position << ". " << item.callExternalId << " | "
                << (item.assignee.isEmpty() ? queueTr("unassigned") : item.assignee) << " | "
                << stateText(item.state) << " | "
                << (item.secondReviewer.isEmpty()
                        ? QString()
                        : queueTr("also %1 (double scoring, %2) | ")
                              .arg(item.secondReviewer, stateText(item.secondState)))
                << (item.origin == QLatin1String("manual")
                        ? queueTr("added by hand: %1").arg(item.reason)
                        : names.readableOrigin(item.group, item.stratum))
                << '\n';
    }
    return ExitOk;
}

int runQueueHistory(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    if (const auto exit =
            parsePositional(ctx, parser, "history", args, 1, QStringLiteral("history QUEUE")))
        return *exit;
    auto opened = openQueue(ctx, parser.positionalArguments().at(0));
    if (!opened.queue)
        return opened.exitCode;
    const auto history = review::QueueStore(*opened.signedIn.workspace, *opened.signedIn.actor)
                             .history(opened.queue->id);
    if (!history)
        return reportFailure(ctx, history.error());
    QJsonArray array;
    const QLocale locale;
    for (const review::AuditRecord& record : history.value()) {
        if (ctx.json) {
            array.append(QJsonObject{{QStringLiteral("id"), record.id},
                                     {QStringLiteral("at"), isoUtc(record.atMs)},
                                     {QStringLiteral("actor"), record.actor},
                                     {QStringLiteral("action"), record.action},
                                     {QStringLiteral("entity"), record.entity},
                                     {QStringLiteral("entity_id"), record.entityId},
                                     {QStringLiteral("detail"), record.detail}});
            continue;
        }
        const QString reason = record.detail.value(QStringLiteral("reason")).toString();
        ctx.out << locale.toString(QDateTime::fromMSecsSinceEpoch(record.atMs),
                                   QLocale::ShortFormat)
                << " | " << record.actor << " | " << record.action << " | " << record.entity << ' '
                << record.entityId
                << (reason.isEmpty() ? QString() : QStringLiteral(" | ") + reason) << '\n';
    }
    if (ctx.json)
        printJson(ctx, QJsonDocument(array));
    return ExitOk;
}

int runQueueNext(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    if (const auto exit = parsePositional(ctx, parser, "next", args, 0, QStringLiteral("next")))
        return *exit;
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const auto next = review::QueueStore(*workspace, *actor).next();
    if (!next)
        return reportFailure(ctx, next.error());
    if (ctx.json) {
        printJson(
            ctx, QJsonDocument(next->has_value() ? queueItemToJson(next->value()) : QJsonObject()));
        return ExitOk;
    }
    if (!next->has_value()) {
        ctx.out << queueTr("Nothing to do: no open queue has an item for %1.").arg(actor->login)
                << '\n';
        return ExitOk;
    }
    ctx.out << queueTr("Next: call %1 (position %2, %3).")
                   .arg(next->value().callExternalId, QString::number(next->value().position),
                        stateText(next->value().state))
            << '\n';
    return ExitOk;
}

namespace {

enum class ItemChange { Add, Remove, Skip, Assign };

int changeItem(CliContext& ctx, const QStringList& args, ItemChange change)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"), queueTr("Why (required)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption assign(QStringLiteral("assign"), queueTr("Reviewer for the item."),
                                    QStringLiteral("LOGIN"));
    const QCommandLineOption to(QStringLiteral("to"), queueTr("The reviewer who gets the item."),
                                QStringLiteral("LOGIN"));
    const QCommandLineOption unassign(QStringLiteral("unassign"),
                                      queueTr("Give the item to nobody."));
    struct Form {
        const char* name;
        QString usage;
    };
    const Form forms[] = {
        {"add", QStringLiteral("add QUEUE CALL --reason TEXT [--assign LOGIN]")},
        {"remove", QStringLiteral("remove QUEUE CALL --reason TEXT")},
        {"skip", QStringLiteral("skip QUEUE CALL --reason TEXT")},
        {"assign", QStringLiteral("assign QUEUE CALL --to LOGIN | --unassign")},
    };
    const Form& form = forms[int(change)];
    if (change == ItemChange::Assign) {
        parser.addOption(to);
        parser.addOption(unassign);
    } else {
        parser.addOption(reason);
    }
    if (change == ItemChange::Add)
        parser.addOption(assign);
    if (const auto exit = parsePositional(ctx, parser, form.name, args, 2, form.usage))
        return *exit;
    if (change == ItemChange::Assign && parser.isSet(to) == parser.isSet(unassign)) {
        ctx.err << queueTr("Usage: callqa queue %1").arg(form.usage) << '\n';
        return ExitUsage;
    }
    auto opened = openQueue(ctx, parser.positionalArguments().at(0));
    if (!opened.queue)
        return opened.exitCode;
    review::Workspace& workspace = *opened.signedIn.workspace;
    const auto call =
        review::resolveCallReference(workspace.db(), parser.positionalArguments().at(1));
    if (!call)
        return reportFailure(ctx, call.error());
    const qint64 queueId = opened.queue->id;
    review::QueueStore store(workspace, *opened.signedIn.actor);
    review::Status changed;
    QString done;
    const QString label = review::describeCall(call.value());
    switch (change) {
    case ItemChange::Add:
        changed = store.addItem(queueId, call->id, parser.value(reason), parser.value(assign));
        done = queueTr("Added call %1 to “%2”.").arg(label, opened.queue->name);
        break;
    case ItemChange::Remove:
        changed = store.removeItem(queueId, call->id, parser.value(reason));
        done = queueTr("Removed call %1 from “%2”.").arg(label, opened.queue->name);
        break;
    case ItemChange::Skip:
        changed = store.skipItem(queueId, call->id, parser.value(reason));
        done = queueTr("Skipped call %1 in “%2”.").arg(label, opened.queue->name);
        break;
    case ItemChange::Assign:
        changed = store.assignItem(queueId, call->id, parser.value(to));
        done = parser.isSet(to)
                   ? queueTr("Call %1 in “%2” goes to %3.")
                         .arg(label, opened.queue->name, parser.value(to))
                   : queueTr("Call %1 in “%2” is unassigned.").arg(label, opened.queue->name);
        break;
    }
    if (!changed)
        return reportFailure(ctx, changed.error());
    if (ctx.json)
        printJson(ctx, QJsonDocument(QJsonObject{{QStringLiteral("queue"), queueId},
                                                 {QStringLiteral("call"), call->id}}));
    else
        ctx.out << done << '\n';
    return ExitOk;
}

} // namespace

int runQueueAdd(CliContext& ctx, const QStringList& args)
{
    return changeItem(ctx, args, ItemChange::Add);
}

int runQueueRemove(CliContext& ctx, const QStringList& args)
{
    return changeItem(ctx, args, ItemChange::Remove);
}

int runQueueSkip(CliContext& ctx, const QStringList& args)
{
    return changeItem(ctx, args, ItemChange::Skip);
}

int runQueueAssign(CliContext& ctx, const QStringList& args)
{
    return changeItem(ctx, args, ItemChange::Assign);
}

} // namespace callqa::app
