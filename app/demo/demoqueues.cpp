#include "app/demo/demoqueues.h"

#include "app/demo/demobuilder.h"
#include "checklists/defaultchecklist.h"
#include "checklists/sampleanswers.h"
#include "review/checklists/checkliststore.h"
#include "review/evaluations/evaluationdraftstore.h"
#include "review/queues/queuestore.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Demo", text);
}

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// The workspace owner acting under a demo user's name, as the rest of the demo does.
review::Actor demoUser(const QString& login)
{
    review::Actor actor = review::Actor::owner();
    actor.login = login;
    return actor;
}

review::QueueRequest demoQueue(review::Workspace& workspace, const QString& name, quint32 seed)
{
    const qint64 today = workspace.now() / kDayMs * kDayMs;
    review::QueueRequest request;
    request.name = name;
    request.checklistKey = checklists::defaultChecklist().key;
    request.population.fromMs = today - 61 * kDayMs;
    request.population.toMs = today + kDayMs;
    request.rule.seed = seed;
    request.reviewers = {QStringLiteral("rita"), QStringLiteral("dmitri")};
    return request;
}

// Scores the item's call as its reviewer would, through the shared draft (so the item is done in
// the same transaction), or leaves the draft open (in progress).
review::Status work(review::Workspace& workspace, const review::QueueItem& item, bool submit)
{
    review::EvaluationDraftStore drafts(workspace, demoUser(item.assignee), QStringLiteral("demo"));
    const auto draft = drafts.open(item.callId, checklists::defaultChecklist().key);
    if (!draft)
        return review::Status::failure(draft.error());
    const auto version = review::ChecklistStore(workspace, demoUser(item.assignee))
                             .version(checklists::defaultChecklist().key);
    if (!version)
        return review::Status::failure(version.error());
    checklists::AnswerSet answers = checklists::fullMarksAnswers(version->checklist);
    if (!submit) {
        checklists::AnswerSet partial;
        partial.set(QStringLiteral("greeted-customer"), checklists::Answer::yes());
        const auto saved = drafts.save(draft->id, partial);
        if (!saved)
            return review::Status::failure(saved.error());
        return drafts.release(draft->id);
    }
    if (const auto saved = drafts.save(draft->id, answers); !saved)
        return review::Status::failure(saved.error());
    const auto submitted = drafts.submit(draft->id);
    return submitted ? review::Status() : review::Status::failure(submitted.error());
}

} // namespace

review::Status saveDemoQueues(review::Workspace& workspace, quint32 seed, DemoSummary& summary)
{
    review::QueueStore sara(workspace, demoUser(QStringLiteral("sara")));
    const auto existing = sara.list();
    if (!existing)
        return review::Status::failure(existing.error());
    if (!existing->isEmpty())
        return {}; // made by an earlier run

    review::QueueRequest weekly = demoQueue(workspace, tr("Weekly sample"), seed);
    weekly.rule.quotaKind = review::QuotaKind::PerAgentPerWeek;
    weekly.rule.quota = 1;
    weekly.population.unreviewedOnly = true;
    const auto weeklyId = sara.create(weekly);
    if (!weeklyId)
        return review::Status::failure(weeklyId.error());
    const auto items = sara.items(weeklyId.value());
    if (!items)
        return review::Status::failure(items.error());
    // A week's work: some done, one being scored, one skipped, one taken out; the rest to do.
    for (qsizetype i = 0; i < items->size(); ++i) {
        const review::QueueItem& item = items->at(i);
        review::Status status;
        switch (i) {
        case 0:
        case 4:
            status = work(workspace, item, true);
            summary.evaluations += status ? 1 : 0;
            break;
        case 1:
            status = work(workspace, item, false);
            break;
        case 2:
            status = review::QueueStore(workspace, demoUser(item.assignee))
                         .skipItem(weeklyId.value(), item.callId,
                                   tr("The customer hung up before the greeting."));
            break;
        case 3:
            status = sara.removeItem(weeklyId.value(), item.callId,
                                     tr("A test call by the phone team."));
            break;
        default:
            break;
        }
        if (!status)
            return status;
    }
    ++summary.queues;

    review::QueueRequest stratified = demoQueue(workspace, tr("Stratified sample"), seed + 1);
    stratified.rule.quotaKind = review::QuotaKind::Total;
    stratified.rule.quota = 8;
    stratified.rule.stratify = {review::StratumDimension::Queue,
                                review::StratumDimension::Duration};
    stratified.population.notQueuedElsewhere = false;
    stratified.assignMode = review::AssignMode::ByLoad;
    const auto stratifiedId = sara.create(stratified);
    if (!stratifiedId)
        return review::Status::failure(stratifiedId.error());
    ++summary.queues;
    return {};
}

} // namespace callqa::app
