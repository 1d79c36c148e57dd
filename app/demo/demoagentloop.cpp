#include "app/demo/demoagentloop.h"

#include "app/demo/demobuilder.h"
#include "checklists/sampleanswers.h"
#include "review/checklists/checkliststore.h"
#include "review/coaching/coachingstore.h"
#include "review/disputes/disputestore.h"
#include "review/evaluations/acknowledgements.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/workspace.h"

namespace callqa::app {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// The demo acts as its users, with the owner's rights (as the rest of the demo does).
review::Actor demoUser(review::Workspace& workspace, const QString& login,
                       const QString& agentExternalId = {})
{
    review::Actor actor = review::Actor::owner();
    actor.login = login;
    if (!agentExternalId.isEmpty()) {
        const QVariant id = workspace.db().scalar(
            QStringLiteral("SELECT id FROM agents WHERE external_id = ?"), {agentExternalId});
        if (id.isValid())
            actor.agentId = id.toLongLong();
    }
    return actor;
}

review::Status failed(const QString& error)
{
    return review::Status::failure(error);
}

} // namespace

review::Status saveDemoAgentLoop(review::Workspace& workspace, DemoSummary& summary)
{
    if (workspace.db().scalar(QStringLiteral("SELECT count(*) FROM disputes")).toLongLong() > 0)
        return {};
    const review::Actor sara = demoUser(workspace, QStringLiteral("sara"));
    const review::Actor jonas = demoUser(workspace, QStringLiteral("jonas"), QStringLiteral("a01"));
    const review::Actor ayse = demoUser(workspace, QStringLiteral("ayse"), QStringLiteral("a05"));
    review::EvaluationStore evaluations(workspace, sara);
    const auto ofAgent = [&](const QString& agent) {
        review::EvaluationFilter filter;
        filter.agentExternalId = agent;
        const auto listed = evaluations.list(filter);
        return listed ? listed.value() : QList<review::EvaluationSummary>{};
    };
    const QList<review::EvaluationSummary> jonasEvaluations = ofAgent(QStringLiteral("a01"));
    const QList<review::EvaluationSummary> ayseEvaluations = ofAgent(QStringLiteral("a05"));
    if (jonasEvaluations.size() < 2 || ayseEvaluations.size() < 2)
        return {}; // a small demo (--calls) has too few to show the loop

    if (const review::Status acked = review::acknowledgeEvaluation(
            workspace, jonas, jonasEvaluations.at(0).id, QStringLiteral("Thanks, noted."));
        !acked)
        return acked;
    review::DisputeStore asJonas(workspace, jonas);
    const auto open = asJonas.open(jonasEvaluations.at(1).id,
                                   QStringLiteral("I did verify the customer, before the hold."),
                                   {{QStringLiteral("verified-identity"),
                                     QStringLiteral("Asked for the date of birth at the start")}});
    if (!open)
        return failed(open.error());

    review::DisputeStore asAyse(workspace, ayse);
    const auto toAccept =
        asAyse.open(ayseEvaluations.at(0).id, QStringLiteral("I thanked the customer at the end."));
    if (!toAccept)
        return failed(toAccept.error());
    const auto version = review::ChecklistStore(workspace, sara)
                             .versionById(ayseEvaluations.at(0).checklistVersionId);
    if (!version)
        return failed(version.error());
    const auto accepted =
        review::DisputeStore(workspace, sara)
            .accept(toAccept->id, checklists::fullMarksAnswers(version->checklist),
                    QStringLiteral("Heard it at the end; re-scored."));
    if (!accepted)
        return failed(accepted.error());
    const auto toReject =
        asAyse.open(ayseEvaluations.at(1).id, QStringLiteral("The hold was short."));
    if (!toReject)
        return failed(toReject.error());
    const auto rejected =
        review::DisputeStore(workspace, demoUser(workspace, QStringLiteral("mehmet")))
            .reject(toReject->id, QStringLiteral("The hold lasted 90 s without "
                                                 "a word to the customer."));
    if (!rejected)
        return failed(rejected.error());

    const qint64 now = workspace.now();
    review::CoachingStore carla(workspace, demoUser(workspace, QStringLiteral("carla")));
    const auto first = carla.add({QStringLiteral("a01"),
                                  now - 6 * kDayMs,
                                  {jonasEvaluations.at(0).id, jonasEvaluations.at(1).id},
                                  QStringLiteral("Verification first, then the issue. Good "
                                                 "greeting; say what you are doing during holds."),
                                  now + 8 * kDayMs});
    if (!first)
        return failed(first.error());
    const auto practise = carla.addItem(*first, QStringLiteral("Practise the verification script"),
                                        QStringLiteral("jonas"), now - kDayMs);
    const auto listen = carla.addItem(*first, QStringLiteral("Listen to two calls together"),
                                      QStringLiteral("carla"), now + 7 * kDayMs);
    if (!practise || !listen)
        return failed(practise ? listen.error() : practise.error());
    review::CoachingStore navid(workspace, demoUser(workspace, QStringLiteral("navid")));
    const auto second = navid.add({QStringLiteral("a05"),
                                   now - 3 * kDayMs,
                                   {accepted->revisionId.value_or(ayseEvaluations.at(0).id)},
                                   QStringLiteral("Holds: announce them and come back within "
                                                  "a minute."),
                                   now - kDayMs});
    if (!second)
        return failed(second.error());
    const auto announce = navid.addItem(*second, QStringLiteral("Announce every hold"),
                                        QStringLiteral("ayse"), now - 2 * kDayMs);
    if (!announce)
        return failed(announce.error());
    if (const review::Status done = review::CoachingStore(workspace, ayse).markItemDone(*announce);
        !done)
        return done;
    if (const review::Status acked = review::CoachingStore(workspace, ayse).acknowledge(*second);
        !acked)
        return acked;
    summary.disputes = 3;
    summary.coachingSessions = 2;
    return {};
}

} // namespace callqa::app
