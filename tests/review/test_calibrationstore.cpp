#include "checklists/sampleanswers.h"
#include "review/auth/userstore.h"
#include "review/calibration/calibrationreport.h"
#include "review/calibration/calibrationstore.h"
#include "review/calls/calllibrary.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

namespace {

Actor user(Workspace& workspace, const QString& login, QList<Role> roles)
{
    UserStore users(workspace, Actor::owner());
    NewUser record{login, login, roles, login + QStringLiteral("-pass"), {}};
    auto created = users.createUser(record);
    if (!created) {
        record.roles << Role::Admin;
        created = users.createFirstUser(record);
    }
    REQUIRE(created.ok());
    Actor actor;
    actor.userId = created.value();
    actor.login = login;
    actor.roles = record.roles;
    return actor;
}

qint64 count(Workspace& workspace, const QString& sql)
{
    return workspace.db().scalar(sql).toLongLong();
}

struct Floor {
    std::unique_ptr<Workspace> workspace;
    ChecklistVersion version;
    Actor sam, rita, rob, coach;
    QList<qint64> calls;
};

Floor makeFloor(const testing::TestLocation& location)
{
    Floor f;
    f.workspace = testing::openWorkspace(location);
    f.version = testing::publishDefaultChecklist(*f.workspace);
    f.sam = user(*f.workspace, QStringLiteral("sam"), {Role::Supervisor});
    f.rita = user(*f.workspace, QStringLiteral("rita"), {Role::Reviewer});
    f.rob = user(*f.workspace, QStringLiteral("rob"), {Role::Reviewer});
    f.coach = user(*f.workspace, QStringLiteral("cora"), {Role::Coach});
    f.calls << testing::addTestCall(*f.workspace, QStringLiteral("a-1"))
            << testing::addTestCall(*f.workspace, QStringLiteral("a-1"));
    return f;
}

qint64 createSession(Floor& f, bool blind)
{
    NewCalibrationSession request;
    request.name = QStringLiteral("March calibration");
    request.checklistVersionId = f.version.id;
    request.callIds = f.calls;
    request.participants = {QStringLiteral("RITA"), QStringLiteral("rob")};
    request.expert = QStringLiteral("sam");
    request.blind = blind;
    const auto created = CalibrationStore(*f.workspace, f.sam).create(request);
    REQUIRE(created.ok());
    return created->id;
}

checklists::AnswerSet answersWith(const Floor& f, bool greeted)
{
    checklists::AnswerSet answers = checklists::fullMarksAnswers(f.version.checklist);
    if (!greeted)
        answers.set(QStringLiteral("greeted-customer"), checklists::Answer::no());
    return answers;
}

} // namespace

TEST_CASE("calibration: a session is created, scored, closed and promoted, each with an audit row",
          "[review][calibration]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        Floor f = makeFloor(location);
        const qint64 id = createSession(f, false);
        const auto session = CalibrationStore(*f.workspace, f.sam).session(id);
        REQUIRE(session.ok());
        CHECK(session->participants ==
              QStringList{QStringLiteral("rita"), QStringLiteral("rob"), QStringLiteral("sam")});
        CHECK(session->expert == QStringLiteral("sam"));
        CHECK(session->callIds == f.calls);
        CHECK_FALSE(session->closed);

        REQUIRE(CalibrationStore(*f.workspace, f.rita)
                    .score(id, f.calls[0], answersWith(f, true))
                    .ok());
        REQUIRE(CalibrationStore(*f.workspace, f.sam)
                    .score(id, f.calls[0], answersWith(f, false))
                    .ok());
        const auto again =
            CalibrationStore(*f.workspace, f.rita).score(id, f.calls[0], answersWith(f, true));
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().contains(QStringLiteral("already scored")));

        INFO("calibration evaluations count nowhere: not in evaluation lists, not as reviewed");
        CHECK(EvaluationStore(*f.workspace, f.sam).list()->isEmpty());
        CHECK(EvaluationStore(*f.workspace, f.rita).list()->isEmpty());
        const auto calls = listCalls(f.workspace->db(), f.sam);
        REQUIRE(calls.ok());
        for (const CallSummary& call : *calls)
            CHECK_FALSE(call.score.has_value());
        CHECK(count(*f.workspace, QStringLiteral("SELECT count(*) FROM evaluations WHERE status = "
                                                 "'calibration'")) == 2);

        INFO("a reviewer who takes no part, or a coach, cannot score");
        const Actor outsider = user(*f.workspace, QStringLiteral("olga"), {Role::Reviewer});
        CHECK_FALSE(
            CalibrationStore(*f.workspace, outsider).score(id, f.calls[0], answersWith(f, true)));
        CHECK_FALSE(CalibrationStore(*f.workspace, outsider).session(id).ok());
        CHECK(CalibrationStore(*f.workspace, outsider).list()->isEmpty());
        CHECK(CalibrationStore(*f.workspace, f.coach).list()->size() == 1);
        CHECK_FALSE(CalibrationStore(*f.workspace, f.rita).close(id).ok());

        const qint64 ritas = CalibrationStore(*f.workspace, f.rita)
                                 .scoreOf(id, f.calls[0], QStringLiteral("rita"))
                                 ->evaluationId;
        const auto early = CalibrationStore(*f.workspace, f.sam).promote(ritas);
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().contains(QStringLiteral("Close")));

        REQUIRE(CalibrationStore(*f.workspace, f.sam).close(id).ok());
        CHECK_FALSE(CalibrationStore(*f.workspace, f.sam).close(id).ok());
        const auto late =
            CalibrationStore(*f.workspace, f.rob).score(id, f.calls[1], answersWith(f, true));
        REQUIRE_FALSE(late.ok());
        CHECK(late.error().contains(QStringLiteral("closed")));

        CHECK_FALSE(CalibrationStore(*f.workspace, f.rita).promote(ritas).ok());
        REQUIRE(CalibrationStore(*f.workspace, f.sam).promote(ritas).ok());
        CHECK_FALSE(CalibrationStore(*f.workspace, f.sam).promote(ritas).ok());
        const auto listed = EvaluationStore(*f.workspace, f.sam).list();
        REQUIRE(listed->size() == 1);
        CHECK(listed->first().id == ritas);
        const auto promotedCalls = listCalls(f.workspace->db(), f.sam);
        CHECK(std::count_if(promotedCalls->begin(), promotedCalls->end(),
                            [](const CallSummary& c) { return c.score.has_value(); }) == 1);
        CHECK(listed->first().reviewer == QStringLiteral("rita"));

        CHECK(count(*f.workspace, QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                                 "('calibration.create', 'calibration.score', "
                                                 "'calibration.close', 'calibration.promote')")) ==
              5);
        CHECK(count(*f.workspace, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                 "'evaluation.submit'")) == 0);
    }
}

TEST_CASE("calibration: blind mode hides the others' answers until one has scored, or the close",
          "[review][calibration]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        Floor f = makeFloor(location);
        const qint64 id = createSession(f, true);
        REQUIRE(CalibrationStore(*f.workspace, f.rita)
                    .score(id, f.calls[0], answersWith(f, false))
                    .ok());
        CalibrationStore rob(*f.workspace, f.rob);
        const auto hidden = rob.scoreOf(id, f.calls[0], QStringLiteral("rita"));
        REQUIRE_FALSE(hidden.ok());
        CHECK(hidden.error().contains(QStringLiteral("blind")));
        CHECK_FALSE(rob.scores(id).ok());
        INFO("nor through the evaluation's id");
        const qint64 ritas = CalibrationStore(*f.workspace, f.rita)
                                 .scoreOf(id, f.calls[0], QStringLiteral("rita"))
                                 ->evaluationId;
        CHECK_FALSE(EvaluationStore(*f.workspace, f.sam).answers(ritas).ok());
        INFO("nor through the audit log, which the supervisor taking part may read");
        const QString detail =
            f.workspace->db()
                .scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                       "'calibration.score'"))
                .toString();
        CHECK(detail.contains(QStringLiteral("calibration_session")));
        CHECK_FALSE(detail.contains(QStringLiteral("overall")));
        CHECK_FALSE(detail.contains(QStringLiteral("passed")));
        INFO("the supervisor taking part as expert is blind too");
        CHECK_FALSE(CalibrationStore(*f.workspace, f.sam)
                        .scoreOf(id, f.calls[0], QStringLiteral("rita"))
                        .ok());
        INFO("a coach who is not taking part reads the report");
        CHECK(CalibrationStore(*f.workspace, f.coach).scores(id).ok());

        REQUIRE(rob.score(id, f.calls[0], answersWith(f, true)).ok());
        const auto seen = rob.scoreOf(id, f.calls[0], QStringLiteral("rita"));
        REQUIRE(seen.ok());
        CHECK(seen->answers.answer(QStringLiteral("greeted-customer")) == checklists::Answer::no());
        CHECK_FALSE(rob.scores(id).ok());
        REQUIRE(CalibrationStore(*f.workspace, f.sam).close(id).ok());
        const auto scores = rob.scores(id);
        REQUIRE(scores.ok());
        CHECK(scores->size() == 2);
    }
}

TEST_CASE("calibration: a reviewer who scored nothing is missing data in the report",
          "[review][calibration]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        Floor f = makeFloor(location);
        const qint64 id = createSession(f, false);
        for (const Actor& a : {f.rita, f.sam}) {
            for (qint64 call : f.calls)
                REQUIRE(CalibrationStore(*f.workspace, a)
                            .score(id, call, answersWith(f, a.login == QStringLiteral("sam")))
                            .ok());
        }
        REQUIRE(CalibrationStore(*f.workspace, f.sam).close(id).ok());
        CalibrationStore store(*f.workspace, f.coach);
        const auto session = store.session(id);
        const auto scores = store.scores(id);
        REQUIRE(scores.ok());
        const CalibrationReport report =
            buildCalibrationReport(*session, f.version.checklist, *scores, {100, 1});
        REQUIRE(report.reviewers.size() == 3);
        CHECK(report.reviewers[1].login == QStringLiteral("rob"));
        CHECK(report.reviewers[1].scored == 0);
        CHECK_FALSE(report.reviewers[1].agreement.bias.defined());
        CHECK(report.reviewers[2].expert);
        INFO("rob is missing everywhere: no call was scored by every reviewer");
        CHECK(report.icc.calls == 0);
        CHECK_FALSE(report.icc.icc2.defined());
        const ItemAgreementRow& greeted = report.items.first();
        CHECK(greeted.key == QStringLiteral("greeted-customer"));
        CHECK(greeted.ratings == 4);
        CHECK(greeted.fleiss.calls == 0);
        CHECK(*greeted.percentAgreement.value == 0.0);
        // rita says no to "greeted" on both calls, sam (the expert) yes: rita scores lower.
        REQUIRE(report.calls.size() == 2);
        REQUIRE_FALSE(report.calls[0].agenda.isEmpty());
        CHECK(report.calls[0].agenda.first().itemKey == QStringLiteral("greeted-customer"));
        CHECK(*report.reviewers[0].agreement.expertAgreement.value < 1.0);
        CHECK(*report.reviewers[0].agreement.bias.value < 0);
    }
}

TEST_CASE("calibration: bad requests are refused and change nothing", "[review][calibration]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        Floor f = makeFloor(location);
        CalibrationStore store(*f.workspace, f.sam);
        NewCalibrationSession request;
        request.name = QStringLiteral("x");
        request.checklistVersionId = f.version.id;
        request.callIds = f.calls;
        request.participants = {QStringLiteral("rita"), QStringLiteral("nobody")};
        const auto unknown = store.create(request);
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().contains(QStringLiteral("nobody")));
        request.participants = {QStringLiteral("rita"), QStringLiteral("Rita")};
        CHECK(store.create(request).error().contains(QStringLiteral("twice")));
        request.participants = {QStringLiteral("rita")};
        request.callIds = {f.calls[0], 999};
        CHECK(store.create(request).error().contains(QStringLiteral("999")));
        request.callIds = f.calls;
        CHECK_FALSE(CalibrationStore(*f.workspace, f.rita).create(request).ok());
        CHECK(count(*f.workspace, QStringLiteral("SELECT count(*) FROM calibration_sessions")) ==
              0);
        CHECK(count(*f.workspace, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                 "'calibration.create'")) == 0);
        request.deadlineAt = f.workspace->now() - 1000;
        const auto created = store.create(request);
        REQUIRE(created.ok());
        const auto late = CalibrationStore(*f.workspace, f.rita)
                              .score(created->id, f.calls[0], answersWith(f, true));
        REQUIRE_FALSE(late.ok());
        CHECK(late.error().contains(QStringLiteral("deadline")));
        const auto notInSession =
            CalibrationStore(*f.workspace, f.sam).scoreOf(created->id, 999, QStringLiteral("rita"));
        CHECK_FALSE(notInSession.ok());
    }
}
