#include "app/cli/queue/queuesupport.h"

#include "review/queues/population.h"
#include "review/queues/samplingrule.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>

namespace callqa::app {

QString queueTr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Queue", text);
}

OpenQueue openQueue(CliContext& ctx, const QString& reference)
{
    OpenQueue opened;
    opened.signedIn = openSignedIn(ctx);
    if (!opened.signedIn.workspace || !opened.signedIn.actor) {
        opened.exitCode = opened.signedIn.exitCode;
        return opened;
    }
    review::QueueStore store(*opened.signedIn.workspace, *opened.signedIn.actor);
    auto queue = store.find(reference);
    if (!queue) {
        opened.exitCode = reportFailure(ctx, queue.error());
        return opened;
    }
    opened.queue = std::move(queue).value();
    return opened;
}

QJsonObject queueToJson(const review::QueueSummary& queue)
{
    return {{QStringLiteral("id"), queue.id},
            {QStringLiteral("name"), queue.name},
            {QStringLiteral("checklist"), queue.checklistKey},
            {QStringLiteral("checklist_version"), queue.checklistVersion},
            {QStringLiteral("state"), queue.state},
            {QStringLiteral("created_by"), queue.createdBy},
            {QStringLiteral("created_at"), isoUtc(queue.createdAt)},
            {QStringLiteral("frame_size"), queue.frameSize},
            {QStringLiteral("frame_sha256"), queue.frameSha256},
            {QStringLiteral("population"), review::populationToJson(queue.population)},
            {QStringLiteral("rule"), review::samplingRuleToJson(queue.rule)},
            {QStringLiteral("counts"),
             QJsonObject{{QStringLiteral("todo"), queue.counts.todo},
                         {QStringLiteral("in_progress"), queue.counts.inProgress},
                         {QStringLiteral("done"), queue.counts.done},
                         {QStringLiteral("skipped"), queue.counts.skipped},
                         {QStringLiteral("removed"), queue.counts.removed},
                         {QStringLiteral("double_scored"), queue.counts.doubleScored},
                         {QStringLiteral("second_done"), queue.counts.secondDone}}},
            {QStringLiteral("double_score_percent"), queue.rule.doubleScorePercent}};
}

QJsonObject queueItemToJson(const review::QueueItem& item)
{
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("call"), item.callId},
            {QStringLiteral("call_id"), item.callExternalId},
            {QStringLiteral("position"), item.position},
            {QStringLiteral("origin"), item.origin},
            {QStringLiteral("group"), item.group},
            {QStringLiteral("stratum"), item.stratum},
            {QStringLiteral("assignee"), item.assignee},
            {QStringLiteral("state"), item.state},
            {QStringLiteral("reason"), item.reason},
            {QStringLiteral("second_reviewer"),
             item.secondReviewer.isEmpty() ? QJsonValue() : QJsonValue(item.secondReviewer)},
            {QStringLiteral("second_state"),
             item.secondState.isEmpty() ? QJsonValue() : QJsonValue(item.secondState)}};
}

} // namespace callqa::app
