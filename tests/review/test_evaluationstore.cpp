#include "checklists/defaultchecklist.h"
#include "checklists/sampleanswers.h"
#include "checklists/scoring.h"
#include "review/calls/calllibrary.h"
#include "review/checklists/checkliststore.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

namespace {

const QString kKey = QStringLiteral("support-call");

Actor agentActor(Workspace& workspace, const QString& externalId)
{
    Actor actor;
    actor.userId = 40;
    actor.login = externalId;
    actor.roles = {Role::Agent};
    actor.agentId =
        workspace.db()
            .scalar(QStringLiteral("SELECT id FROM agents WHERE external_id = ?"), {externalId})
            .toLongLong();
    return actor;
}

} // namespace

TEST_CASE("evaluations: publishing v2 changes no v1 score", "[review][evaluations]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const ChecklistVersion v1 = testing::publishDefaultChecklist(*workspace);
        const qint64 call = testing::addTestCall(*workspace, QStringLiteral("a-1"));

        checklists::AnswerSet answers = checklists::fullMarksAnswers(v1.checklist);
        answers.set(QStringLiteral("greeted-customer"), checklists::Answer::no());
        answers.set(QStringLiteral("reviewer-notes"),
                    checklists::Answer::text(QStringLiteral("Не поздоровался; سلام نکرد")));
        EvaluationStore evaluations(*workspace, Actor::owner());
        const auto submitted = evaluations.submit(call, v1.id, answers);
        REQUIRE(submitted.ok());
        const double v1Score = *checklists::score(v1.checklist, answers).overall;

        ChecklistStore store(*workspace, Actor::owner());
        auto draft = store.draft(kKey).value();
        draft.checklist.sections[0].items[0].points = 5; // greeted-customer matters more now
        draft.checklist.sections[0].weight = 3;
        REQUIRE(store.saveDraft(draft.checklist, draft.revision).ok());
        const auto v2 = store.publish(kKey);
        REQUIRE(v2.ok());
        const double v2Score = *checklists::score(v2->checklist, answers).overall;
        REQUIRE(v2Score != Approx(v1Score));

        const auto listed = evaluations.list();
        REQUIRE(listed.ok());
        REQUIRE(listed->size() == 1);
        const EvaluationSummary& stored = listed->first();
        CHECK(stored.checklistVersion == 1);
        CHECK(stored.checklistVersionId == v1.id);
        REQUIRE(stored.overall.has_value());
        CHECK(*stored.overall == Approx(v1Score));
        CHECK(stored.agentExternalId == QStringLiteral("a-1"));

        INFO("the stored answers re-score to the stored result on their own version");
        const auto reread = evaluations.answers(stored.id);
        REQUIRE(reread.ok());
        CHECK(reread.value() == answers);
        const auto pinned = store.versionById(stored.checklistVersionId);
        CHECK(*checklists::score(pinned->checklist, reread.value()).overall == Approx(v1Score));

        INFO("item keys carry across versions: one query finds the answer under both");
        const qint64 call2 = testing::addTestCall(*workspace, QStringLiteral("a-1"));
        REQUIRE(
            evaluations.submit(call2, v2->id, checklists::fullMarksAnswers(v2->checklist)).ok());
        CHECK(workspace->db()
                  .scalar(QStringLiteral("SELECT count(*) FROM evaluation_answers WHERE item_key "
                                         "= 'greeted-customer'"))
                  .toInt() == 2);
        CHECK(workspace->db()
                  .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'evaluation.submit'"))
                  .toInt() == 2);
    }
}

TEST_CASE("evaluations: an incomplete evaluation is refused and writes nothing",
          "[review][evaluations]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const ChecklistVersion v1 = testing::publishDefaultChecklist(*workspace);
        const qint64 call = testing::addTestCall(*workspace, QStringLiteral("a-1"));
        checklists::AnswerSet answers = checklists::fullMarksAnswers(v1.checklist);
        answers.set(QStringLiteral("thanked-customer"), checklists::Answer());
        answers.set(QStringLiteral("showed-empathy"), checklists::Answer::scale(9));

        EvaluationStore evaluations(*workspace, Actor::owner());
        const auto refused = evaluations.submit(call, v1.id, answers);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("thanked-customer")));
        CHECK(refused.error().contains(QStringLiteral("showed-empathy")));
        CHECK(workspace->db().scalar(QStringLiteral("SELECT count(*) FROM evaluations")).toInt() ==
              0);
        CHECK_FALSE(
            evaluations.submit(call + 1000, v1.id, checklists::fullMarksAnswers(v1.checklist))
                .ok());
        CHECK_FALSE(evaluations.submit(call, v1.id + 1000, {}).ok());
    }
}

TEST_CASE("evaluations: an archived checklist takes no new evaluation", "[review][evaluations]")
{
    testing::TestLocation location(Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    const ChecklistVersion v1 = testing::publishDefaultChecklist(*workspace);
    const qint64 call = testing::addTestCall(*workspace, QStringLiteral("a-1"));
    REQUIRE(ChecklistStore(*workspace, Actor::owner()).setArchived(kKey, true).ok());
    const auto refused = EvaluationStore(*workspace, Actor::owner())
                             .submit(call, v1.id, checklists::fullMarksAnswers(v1.checklist));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(kKey));
}

TEST_CASE("evaluations: an agent reads only the evaluations of their own calls",
          "[review][evaluations]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const ChecklistVersion v1 = testing::publishDefaultChecklist(*workspace);
        EvaluationStore owner(*workspace, Actor::owner());
        const auto full = checklists::fullMarksAnswers(v1.checklist);
        const qint64 mine =
            owner.submit(testing::addTestCall(*workspace, QStringLiteral("ayse")), v1.id, full)->id;
        const qint64 theirs =
            owner.submit(testing::addTestCall(*workspace, QStringLiteral("dmitri")), v1.id, full)
                ->id;

        EvaluationStore ayse(*workspace, agentActor(*workspace, QStringLiteral("ayse")));
        const auto own = ayse.list();
        REQUIRE(own.ok());
        REQUIRE(own->size() == 1);
        CHECK(own->first().id == mine);
        CHECK(ayse.answers(mine).ok());

        EvaluationFilter other;
        other.agentExternalId = QStringLiteral("dmitri");
        const auto refused = ayse.list(other);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("dmitri")));
        CHECK_FALSE(ayse.answers(theirs).ok());

        INFO("the call list shows the latest score only to those who read all evaluations");
        const auto scored = listCalls(workspace->db(), Actor::owner(), {});
        REQUIRE(scored.ok());
        int withScore = 0;
        for (const CallSummary& call : scored.value())
            withScore += call.score.has_value() ? 1 : 0;
        CHECK(withScore == 2);
        Actor reviewer;
        reviewer.userId = 9;
        reviewer.login = QStringLiteral("rita");
        reviewer.roles = {Role::Reviewer};
        const auto unscored = listCalls(workspace->db(), reviewer, {});
        REQUIRE(unscored.ok());
        REQUIRE(unscored->size() == 2);
        for (const CallSummary& call : unscored.value())
            CHECK_FALSE(call.score.has_value());

        INFO("an agent may not score");
        CHECK_FALSE(
            ayse.submit(testing::addTestCall(*workspace, QStringLiteral("ayse")), v1.id, full)
                .ok());
    }
}

TEST_CASE("evaluations: the writer gets the evaluation back, and a reviewer reads those they wrote",
          "[review][evaluations]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const ChecklistVersion v1 = testing::publishDefaultChecklist(*workspace);
        const auto full = checklists::fullMarksAnswers(v1.checklist);
        const auto signedIn = [&](const QString& login, Role role) {
            const qint64 id = workspace->db().insert(
                QStringLiteral("INSERT INTO users (login, login_folded, display_name, active, "
                               "created_at) VALUES (?, ?, ?, ?, 0) RETURNING id"),
                {login, login, login, true});
            Actor actor;
            actor.userId = id;
            actor.login = login;
            actor.roles = {role};
            return actor;
        };
        const Actor rita = signedIn(QStringLiteral("rita"), Role::Reviewer);
        const Actor omid = signedIn(QStringLiteral("omid"), Role::Reviewer);
        const Actor sara = signedIn(QStringLiteral("sara"), Role::Supervisor);
        const qint64 call = testing::addTestCall(*workspace, QStringLiteral("a-1"));

        const auto written = EvaluationStore(*workspace, rita).submit(call, v1.id, full);
        INFO(written.error().toStdString());
        REQUIRE(written.ok());
        CHECK(written->callId == call);
        CHECK(written->reviewer == QStringLiteral("rita"));
        CHECK(written->agentExternalId == QStringLiteral("a-1"));
        CHECK(written->checklistKey == v1.key);
        CHECK(written->checklistVersion == 1);
        CHECK(written->status == QStringLiteral("submitted"));
        CHECK(written->passed);
        REQUIRE(written->overall.has_value());
        INFO("what submit returns is what the store holds");
        const auto all = EvaluationStore(*workspace, sara).list();
        REQUIRE(all.ok());
        REQUIRE(all->size() == 1);
        const EvaluationSummary& stored = all->first();
        CHECK(stored.id == written->id);
        CHECK(stored.overall == written->overall);
        CHECK(stored.submittedAt == written->submittedAt);
        CHECK(stored.checklistVersionId == written->checklistVersionId);

        REQUIRE(EvaluationStore(*workspace, omid).submit(call, v1.id, full).ok());
        REQUIRE(EvaluationStore(*workspace, sara).submit(call, v1.id, full).ok());
        INFO("a reviewer reads the answers of what they wrote, not of another's");
        CHECK(EvaluationStore(*workspace, rita).answers(written->id).ok());
        const auto notHers = EvaluationStore(*workspace, omid).answers(written->id);
        REQUIRE_FALSE(notHers.ok());
        CHECK(notHers.error().contains(QStringLiteral("only the evaluations they wrote")));
        CHECK(EvaluationStore(*workspace, sara).answers(written->id).ok());

        INFO("a reviewer lists the evaluations they wrote, by default and with writtenByActor");
        EvaluationFilter mine;
        mine.writtenByActor = true;
        for (const EvaluationFilter& filter : {EvaluationFilter{}, mine}) {
            const auto ritas = EvaluationStore(*workspace, rita).list(filter);
            INFO(ritas.error().toStdString());
            REQUIRE(ritas.ok());
            REQUIRE(ritas->size() == 1);
            CHECK(ritas->first().id == written->id);
        }
        INFO("a supervisor sees all, or with writtenByActor their own");
        CHECK(EvaluationStore(*workspace, sara).list()->size() == 3);
        const auto saras = EvaluationStore(*workspace, sara).list(mine);
        REQUIRE(saras.ok());
        REQUIRE(saras->size() == 1);
        CHECK(saras->first().reviewer == QStringLiteral("sara"));
        INFO("a coach writes none, and asking for their own is refused by name");
        const auto coach =
            EvaluationStore(*workspace, signedIn(QStringLiteral("carla"), Role::Coach)).list(mine);
        REQUIRE_FALSE(coach.ok());
        CHECK(coach.error().contains(QStringLiteral("read the evaluations they wrote")));
        INFO("an admin reads no evaluations and is told so without agent wording");
        const auto admin =
            EvaluationStore(*workspace, signedIn(QStringLiteral("ada"), Role::Admin)).list();
        REQUIRE_FALSE(admin.ok());
        CHECK(admin.error() == QStringLiteral("ada (admin) may not read all evaluations."));
    }
}
