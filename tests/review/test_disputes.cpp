#include "checklists/sampleanswers.h"
#include "review/disputes/disputestore.h"
#include "review/evaluations/acknowledgements.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

namespace {

// rita (reviewer) scores; sara and omid (supervisors) decide; jonas is agent a-1, ulla agent a-2;
// carla a coach.
struct DisputeFloor {
    std::unique_ptr<Workspace> workspace;
    ChecklistVersion version;
    Actor rita, sara, omid, jonas, ulla, carla;
    qint64 call = 0;

    explicit DisputeFloor(const testing::TestLocation& location)
        : workspace(testing::openWorkspace(location))
    {
        version = testing::publishDefaultChecklist(*workspace);
        call = testing::addTestCall(*workspace, QStringLiteral("a-1"));
        testing::addTestCall(*workspace, QStringLiteral("a-2"));
        rita = testing::addReviewer(*workspace, QStringLiteral("rita"));
        sara = testing::addReviewer(*workspace, QStringLiteral("sara"), Role::Supervisor);
        omid = testing::addReviewer(*workspace, QStringLiteral("omid"), Role::Supervisor);
        carla = testing::addReviewer(*workspace, QStringLiteral("carla"), Role::Coach);
        jonas = testing::addAgentUser(*workspace, QStringLiteral("jonas"), QStringLiteral("a-1"));
        ulla = testing::addAgentUser(*workspace, QStringLiteral("ulla"), QStringLiteral("a-2"));
    }

    qint64 evaluate(const checklists::AnswerSet& answers)
    {
        const auto submitted = EvaluationStore(*workspace, rita).submit(call, version.id, answers);
        INFO(submitted.error().toStdString());
        REQUIRE(submitted);
        return submitted->id;
    }
};

} // namespace

TEST_CASE("disputes: opened by the agent, accepted by re-scoring as a revision, latest counted",
          "[review][disputes]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        DisputeFloor floor(location);
        Workspace& workspace = *floor.workspace;
        checklists::AnswerSet answers = checklists::fullMarksAnswers(floor.version.checklist);
        const QString item = floor.version.checklist.sections.first().items.first().key;
        answers.set(item, checklists::Answer::no());
        const qint64 original = floor.evaluate(answers);

        INFO("another agent learns nothing of it, not even that it exists");
        const auto foreign =
            DisputeStore(workspace, floor.ulla).open(original, QStringLiteral("x"));
        REQUIRE_FALSE(foreign.ok());
        CHECK(foreign.error() == QStringLiteral("There is no evaluation %1.").arg(original));
        CHECK(DisputeStore(workspace, floor.ulla).list()->isEmpty());
        CHECK_FALSE(acknowledgeEvaluation(workspace, floor.ulla, original).ok());

        INFO("the agent disputes, with a reason per item");
        DisputeStore jonas(workspace, floor.jonas);
        CHECK_FALSE(jonas.open(original, QStringLiteral("  ")).ok());
        CHECK_FALSE(jonas
                        .open(original, QStringLiteral("x"),
                              {{QStringLiteral("nope"), QStringLiteral("y")}})
                        .ok());
        const auto dispute = jonas.open(original, QStringLiteral("I did greet"),
                                        {{item, QStringLiteral("At 0:02")}});
        INFO(dispute.error().toStdString());
        REQUIRE(dispute.ok());
        CHECK(dispute->state == DisputeState::Open);
        CHECK(dispute->itemReasons.value(item) == QStringLiteral("At 0:02"));
        CHECK(jonas.list()->size() == 1);
        CHECK_FALSE(jonas.open(original, QStringLiteral("again")).ok());

        INFO("the reviewer may not decide it, nor the agent; another supervisor re-scores");
        CHECK_FALSE(
            DisputeStore(workspace, floor.rita).reject(dispute->id, QStringLiteral("no")).ok());
        CHECK_FALSE(jonas.accept(dispute->id, answers, QStringLiteral("x")).ok());
        checklists::AnswerSet corrected = answers;
        corrected.set(item, checklists::Answer::yes());
        const auto accepted = DisputeStore(workspace, floor.sara)
                                  .accept(dispute->id, corrected, QStringLiteral("Heard it"));
        INFO(accepted.error().toStdString());
        REQUIRE(accepted.ok());
        CHECK(accepted->state == DisputeState::Accepted);
        REQUIRE(accepted->revisionId.has_value());
        CHECK_FALSE(
            DisputeStore(workspace, floor.omid).reject(dispute->id, QStringLiteral("late")).ok());

        INFO("lists count the latest revision only; the history keeps both, unchanged");
        EvaluationStore store(workspace, floor.sara);
        const auto latest = store.list();
        REQUIRE(latest.ok());
        REQUIRE(latest->size() == 1);
        CHECK(latest->first().id == *accepted->revisionId);
        CHECK(latest->first().revisionOf == original);
        CHECK(latest->first().reviewer == QStringLiteral("sara"));
        EvaluationFilter history;
        history.includeReplaced = true;
        const auto all = store.list(history);
        REQUIRE(all->size() == 2);
        CHECK(all->at(1).id == original);
        CHECK(all->at(1).replaced);
        CHECK(store.answers(original)->answer(item) == checklists::Answer::no());
        CHECK(store.answers(*accepted->revisionId)->answer(item) == checklists::Answer::yes());
        CHECK(workspace.db()
                  .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                         "('dispute.open', 'dispute.accepted', "
                                         "'evaluation.revise')"))
                  .toLongLong() == 3);

        INFO("the replaced evaluation takes no acknowledgement; the revision does, once");
        CHECK_FALSE(acknowledgeEvaluation(workspace, floor.jonas, original).ok());
        REQUIRE(acknowledgeEvaluation(workspace, floor.jonas, *accepted->revisionId,
                                      QStringLiteral("Thanks"))
                    .ok());
        CHECK_FALSE(acknowledgeEvaluation(workspace, floor.jonas, *accepted->revisionId).ok());
        CHECK_FALSE(acknowledgeEvaluation(workspace, floor.sara, *accepted->revisionId).ok());
        CHECK(store.list()->first().acknowledgement == QStringLiteral("Thanks"));
        EvaluationFilter unacknowledged;
        unacknowledged.unacknowledgedOnly = true;
        CHECK(store.list(unacknowledged)->isEmpty());
    }
}

TEST_CASE("disputes: rejected with a reason, withdrawn, the window and the cap",
          "[review][disputes]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        DisputeFloor floor(location);
        Workspace& workspace = *floor.workspace;
        const checklists::AnswerSet answers = checklists::fullMarksAnswers(floor.version.checklist);
        const qint64 first = floor.evaluate(answers);
        const qint64 second = floor.evaluate(answers);
        const qint64 third = floor.evaluate(answers);
        workspace.setSetting(QStringLiteral("disputes.max_open_per_agent"), QStringLiteral("1"));

        DisputeStore jonas(workspace, floor.jonas);
        const auto a = jonas.open(first, QStringLiteral("unfair"));
        REQUIRE(a.ok());
        const auto capped = jonas.open(second, QStringLiteral("also unfair"));
        REQUIRE_FALSE(capped.ok());
        CHECK(capped.error().contains(QLatin1String("most allowed")));

        INFO("a coach opens one on the agent's behalf once the first is withdrawn");
        REQUIRE(jonas.withdraw(a->id).ok());
        const auto b =
            DisputeStore(workspace, floor.carla).open(second, QStringLiteral("for jonas"));
        INFO(b.error().toStdString());
        REQUIRE(b.ok());
        CHECK(b->openedBy == QStringLiteral("carla"));
        CHECK_FALSE(DisputeStore(workspace, floor.sara).reject(b->id, QStringLiteral(" ")).ok());
        const auto rejected =
            DisputeStore(workspace, floor.sara).reject(b->id, QStringLiteral("The hold was 90 s"));
        REQUIRE(rejected.ok());
        CHECK(rejected->state == DisputeState::Rejected);
        CHECK(rejected->decisionReason == QStringLiteral("The hold was 90 s"));
        CHECK(DisputeStore(workspace, floor.sara).list(DisputeState::Rejected)->size() == 1);
        CHECK(EvaluationStore(workspace, floor.sara).list()->size() == 3);

        INFO("the window: 7 days from submission by default");
        workspace.db().exec(QStringLiteral("UPDATE evaluations SET submitted_at = ? WHERE id = ?"),
                            {workspace.now() - 8LL * 86'400'000, third});
        const auto late = jonas.open(third, QStringLiteral("late"));
        REQUIRE_FALSE(late.ok());
        CHECK(late.error().contains(QLatin1String("7 day")));
    }
}
