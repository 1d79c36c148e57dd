#include "checklists/defaultchecklist.h"
#include "checklists/sampleanswers.h"
#include "review/auth/userstore.h"
#include "review/checklists/checkliststore.h"
#include "review/evaluations/evaluationdraftstore.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QThread>

using namespace callqa;
using namespace callqa::review;

namespace {

const QString kKey = QStringLiteral("support-call");

Actor reviewer(Workspace& workspace, const QString& login, Role role = Role::Reviewer)
{
    return testing::addReviewer(workspace, login, role);
}

qint64 count(Workspace& workspace, const QString& sql)
{
    return workspace.db().scalar(sql).toLongLong();
}

} // namespace

TEST_CASE("evaluation drafts: one holder at a time, the others read-only", "[review][drafts]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const ChecklistVersion v1 = testing::publishDefaultChecklist(*workspace);
        const qint64 call = testing::addTestCall(*workspace, QStringLiteral("a-1"));
        EvaluationDraftStore sara(*workspace, reviewer(*workspace, QStringLiteral("sara")),
                                  QStringLiteral("ws-1"));
        EvaluationDraftStore omid(*workspace,
                                  reviewer(*workspace, QStringLiteral("omid"), Role::Supervisor),
                                  QStringLiteral("ws-2"));

        const auto first = sara.open(call, kKey);
        REQUIRE(first.ok());
        CHECK_FALSE(first->readOnly());
        CHECK(first->checklistVersionId == v1.id);
        CHECK(first->answers.size() == 0);

        checklists::AnswerSet answers;
        answers.set(QStringLiteral("greeted-customer"), checklists::Answer::yes());
        const auto revision = sara.save(first->id, answers);
        REQUIRE(revision.ok());
        CHECK(revision.value() == 1);

        INFO("a supervisor sees the same draft, who holds it and where, read-only");
        const auto second = omid.open(call, kKey);
        REQUIRE(second.ok());
        CHECK(second->id == first->id);
        REQUIRE(second->readOnly());
        CHECK(second->heldBy->login == QStringLiteral("sara"));
        CHECK(second->heldBy->host == QStringLiteral("ws-1"));
        CHECK(second->heldBy->expiresAtMs > second->serverNowMs);
        CHECK(second->answers.size() == 1);
        const auto refused = omid.save(first->id, checklists::AnswerSet());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("sara on ws-1")));
        CHECK_FALSE(omid.submit(first->id).ok());

        INFO("the holder reopening it (a reload) keeps holding it");
        const auto again = sara.open(call, kKey);
        REQUIRE(again.ok());
        CHECK_FALSE(again->readOnly());

        INFO("released, the supervisor takes it at once, answers included");
        REQUIRE(sara.release(first->id).ok());
        const auto taken = omid.open(call, kKey);
        REQUIRE(taken.ok());
        CHECK_FALSE(taken->readOnly());
        CHECK(taken->answers.answer(QStringLiteral("greeted-customer")) ==
              checklists::Answer::yes());
        INFO("and the first one's late save is refused, naming who has it now");
        const auto late = sara.save(first->id, checklists::AnswerSet());
        REQUIRE_FALSE(late.ok());
        CHECK(late.error().contains(QStringLiteral("omid on ws-2")));

        INFO("submit scores the saved answers, stores the evaluation and removes the draft");
        const auto incomplete = omid.submit(first->id);
        REQUIRE_FALSE(incomplete.ok());
        CHECK(incomplete.error().contains(QStringLiteral("Not answered")));
        REQUIRE(omid.save(first->id, checklists::fullMarksAnswers(v1.checklist)).ok());
        const auto evaluation = omid.submit(first->id);
        INFO(evaluation.error().toStdString());
        REQUIRE(evaluation.ok());
        const auto listed = EvaluationStore(*workspace, Actor::owner()).list();
        REQUIRE(listed.ok());
        REQUIRE(listed->size() == 1);
        CHECK(listed->first().id == evaluation->id);
        CHECK(evaluation->reviewer == QStringLiteral("omid"));
        CHECK(evaluation->callId == call);
        CHECK(listed->first().reviewer == QStringLiteral("omid"));
        CHECK(listed->first().passed);
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM evaluation_drafts")) == 0);
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                               "'evaluation_draft.save'")) == 2);
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                               "'evaluation_draft.take'")) == 1);
        CHECK_FALSE(omid.save(first->id, checklists::AnswerSet()).ok());
    }
}

TEST_CASE("evaluation drafts: a hold that is not renewed runs out", "[review][drafts]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        testing::publishDefaultChecklist(*workspace);
        const qint64 call = testing::addTestCall(*workspace, QStringLiteral("a-1"));
        constexpr qint64 kLeaseMs = 400;
        EvaluationDraftStore crashed(*workspace, reviewer(*workspace, QStringLiteral("sara")),
                                     QStringLiteral("ws-1"), kLeaseMs);
        EvaluationDraftStore next(*workspace,
                                  reviewer(*workspace, QStringLiteral("omid"), Role::Supervisor),
                                  QStringLiteral("ws-2"), kLeaseMs);
        const auto held = crashed.open(call, kKey);
        REQUIRE(held.ok());
        checklists::AnswerSet answers;
        answers.set(QStringLiteral("greeted-customer"), checklists::Answer::no());
        REQUIRE(crashed.save(held->id, answers).ok());

        INFO("renewed in time, the hold outlasts several lease periods");
        for (int beat = 0; beat < 4; ++beat) {
            QThread::msleep(kLeaseMs / 2);
            REQUIRE(crashed.renew(held->id).ok());
            const auto blocked = next.open(call, kKey);
            REQUIRE(blocked.ok());
            CHECK(blocked->readOnly());
        }

        INFO("not renewed, it runs out and the next open takes the draft over");
        QThread::msleep(kLeaseMs + 200);
        const auto takeover = next.open(call, kKey);
        REQUIRE(takeover.ok());
        CHECK_FALSE(takeover->readOnly());
        CHECK(takeover->answers.answer(QStringLiteral("greeted-customer")) ==
              checklists::Answer::no());
        CHECK_FALSE(crashed.renew(held->id).ok());
        const auto audit = workspace->db().scalar(
            QStringLiteral("SELECT detail FROM audit_log WHERE action = 'evaluation_draft.take'"));
        CHECK(audit.toString().contains(QStringLiteral("sara on ws-1")));
    }
}

TEST_CASE("evaluation drafts: refused where scoring is not allowed or possible", "[review][drafts]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const qint64 call = testing::addTestCall(*workspace, QStringLiteral("a-1"));
        EvaluationDraftStore store(*workspace, Actor::owner(), QStringLiteral("ws-1"));

        ChecklistStore checklists(*workspace, Actor::owner());
        REQUIRE(checklists.saveDraft(checklists::defaultChecklist()).ok());
        const auto unpublished = store.open(call, kKey);
        REQUIRE_FALSE(unpublished.ok());
        CHECK(unpublished.error().contains(QStringLiteral("no published version")));
        CHECK_FALSE(store.open(call, QStringLiteral("no-such-checklist")).ok());
        REQUIRE(checklists.publish(kKey).ok());
        CHECK_FALSE(store.open(call + 1000, kKey).ok());

        Actor agent;
        agent.userId = 9;
        agent.login = QStringLiteral("olga");
        agent.roles = {Role::Agent};
        const auto byAgent =
            EvaluationDraftStore(*workspace, agent, QStringLiteral("ws-9")).open(call, kKey);
        CHECK_FALSE(byAgent.ok());

        REQUIRE(checklists.setArchived(kKey, true).ok());
        const auto archived = store.open(call, kKey);
        REQUIRE_FALSE(archived.ok());
        CHECK(archived.error().contains(QStringLiteral("archived")));
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM evaluation_drafts")) == 0);
    }
}

TEST_CASE("evaluation drafts: a reviewer opens, saves and submits only drafts they started",
          "[review][drafts]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const ChecklistVersion v1 = testing::publishDefaultChecklist(*workspace);
        const qint64 call = testing::addTestCall(*workspace, QStringLiteral("a-1"));
        reviewer(*workspace, QStringLiteral("ada"), Role::Admin); // the first user
        const Actor ritaActor = reviewer(*workspace, QStringLiteral("rita"));
        EvaluationDraftStore rita(*workspace, ritaActor, QStringLiteral("ws-1"), 300);
        EvaluationDraftStore ritaElsewhere(*workspace, ritaActor, QStringLiteral("ws-3"), 300);
        EvaluationDraftStore omid(*workspace, reviewer(*workspace, QStringLiteral("omid")),
                                  QStringLiteral("ws-2"), 300);
        EvaluationDraftStore sara(*workspace,
                                  reviewer(*workspace, QStringLiteral("sara"), Role::Supervisor),
                                  QStringLiteral("ws-4"), 300);

        const auto started = rita.open(call, kKey);
        REQUIRE(started.ok());
        CHECK(started->createdBy == QStringLiteral("rita"));
        REQUIRE(rita.save(started->id, checklists::fullMarksAnswers(v1.checklist)).ok());
        REQUIRE(rita.release(started->id).ok());

        INFO("another reviewer may not open it, even free, nor read its answers");
        const auto refused = omid.open(call, kKey);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("omid (reviewer) may not take over")));
        CHECK(refused.error().contains(QStringLiteral("started by rita")));
        CHECK_FALSE(omid.save(started->id, checklists::AnswerSet()).ok());
        CHECK_FALSE(omid.submit(started->id).ok());
        INFO("nor see it in the list of drafts; Rita and a supervisor do");
        REQUIRE(omid.list().ok());
        CHECK(omid.list()->isEmpty());
        CHECK(rita.list()->size() == 1);
        CHECK(sara.list()->size() == 1);

        INFO("the same reviewer on another workstation follows the lease rules");
        const auto elsewhere = ritaElsewhere.open(call, kKey);
        REQUIRE(elsewhere.ok());
        CHECK_FALSE(elsewhere->readOnly());
        REQUIRE(ritaElsewhere.release(started->id).ok());

        INFO("a supervisor may take a free draft over and submit it");
        const auto taken = sara.open(call, kKey);
        REQUIRE(taken.ok());
        CHECK_FALSE(taken->readOnly());
        const auto bySara = sara.submit(started->id);
        INFO(bySara.error().toStdString());
        REQUIRE(bySara.ok());
        CHECK(bySara->reviewer == QStringLiteral("sara"));
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM evaluations")) == 1);
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM evaluation_drafts")) == 0);
    }
}
