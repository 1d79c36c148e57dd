#include "checklists/defaultchecklist.h"
#include "checklists/sampleanswers.h"
#include "review/auth/userstore.h"
#include "review/calibration/calibrationstore.h"
#include "review/calibration/intraclasscorrelation.h"
#include "review/calibration/reliabilitypairs.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

namespace {

CalibrationScore scoreOf(const QString& reviewer, double overall, bool greeted,
                         const checklists::Checklist& checklist)
{
    CalibrationScore s;
    s.evaluationId = 1;
    s.reviewer = reviewer;
    s.overall = overall;
    s.answers = checklists::fullMarksAnswers(checklist);
    if (!greeted)
        s.answers.set(QStringLiteral("greeted-customer"), checklists::Answer::no());
    return s;
}

Actor reviewer(Workspace& workspace, const QString& login, QList<Role> roles)
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

} // namespace

TEST_CASE("Reliability over double-scored pairs: ICC(1,1) only, bias against the partner",
          "[calibration]")
{
    const checklists::Checklist checklist = checklists::defaultChecklist();
    const QList<ReliabilityPair> pairs = {
        {1, QStringLiteral("C-1"), scoreOf(QStringLiteral("rita"), 90, true, checklist),
         scoreOf(QStringLiteral("omid"), 80, false, checklist)},
        {2, QStringLiteral("C-2"), scoreOf(QStringLiteral("omid"), 60, true, checklist),
         scoreOf(QStringLiteral("lena"), 70, true, checklist)},
        {3, QStringLiteral("C-3"), scoreOf(QStringLiteral("rita"), 75, true, checklist),
         scoreOf(QStringLiteral("lena"), 71, true, checklist)},
    };
    const ReliabilityReport report = buildReliabilityReport(checklist, pairs, {200, 3});
    CHECK(report.pairs == 3);
    INFO("ICC(1,1) is the one-way ICC of the pairs as a 3 x 2 table");
    const IntraclassCorrelations direct = intraclassCorrelations({{90, 80}, {60, 70}, {75, 71}});
    REQUIRE(report.icc.icc1.defined());
    CHECK(*report.icc.icc1.value == Approx(*direct.icc1.value));
    CHECK_FALSE(report.icc.icc2.defined());
    CHECK(report.icc.icc3.reason.contains(QStringLiteral("ICC(1,1)")));
    REQUIRE(report.reviewers.size() == 3);
    CHECK(report.reviewers[0].login == QStringLiteral("lena"));
    // lena: 70 - 60, 71 - 75 -> +3; omid: 80 - 90, 60 - 70 -> -10; rita: +10, +4 -> +7.
    CHECK(*report.reviewers[0].bias.value == Approx(3));
    CHECK(*report.reviewers[1].bias.value == Approx(-10));
    CHECK(*report.reviewers[2].bias.value == Approx(7));
    CHECK(*report.reviewers[2].meanAbsoluteDeviation.value == Approx(7));
    REQUIRE(report.reviewers[1].itemAgreement.defined());
    CHECK(*report.reviewers[1].itemAgreement.value < 1.0);
    CHECK(*report.reviewers[0].itemAgreement.value == 1.0);
    const ItemAgreementRow& greeted = report.items.first();
    CHECK(greeted.key == QStringLiteral("greeted-customer"));
    CHECK(greeted.fleiss.calls == 3);
    CHECK(*greeted.percentAgreement.value == Approx(2.0 / 3));
}

TEST_CASE("calibration: reliability pairs are the first two reviewers of each call in the period",
          "[review][calibration]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const ChecklistVersion version = testing::publishDefaultChecklist(*workspace);
        const Actor sam = reviewer(*workspace, QStringLiteral("sam"), {Role::Supervisor});
        const Actor rita = reviewer(*workspace, QStringLiteral("rita"), {Role::Reviewer});
        const Actor omid = reviewer(*workspace, QStringLiteral("omid"), {Role::Reviewer});
        qint64 clock = 1'000'000;
        workspace->setClock([&] { return clock; });
        const auto answers = checklists::fullMarksAnswers(version.checklist);
        const auto submit = [&](const Actor& who, qint64 call) {
            clock += 1000;
            REQUIRE(EvaluationStore(*workspace, who).submit(call, version.id, answers).ok());
        };
        const qint64 twice = testing::addTestCall(*workspace, QStringLiteral("a1"));
        const qint64 sameTwice = testing::addTestCall(*workspace, QStringLiteral("a1"));
        const qint64 once = testing::addTestCall(*workspace, QStringLiteral("a1"));
        const qint64 calibrated = testing::addTestCall(*workspace, QStringLiteral("a1"));
        submit(rita, twice);
        submit(rita, sameTwice);
        submit(rita, sameTwice); // the same reviewer again: no pair
        submit(omid, twice);
        submit(sam, twice); // a third score: only the first two count
        submit(omid, once);
        submit(rita, calibrated);
        NewCalibrationSession request{
            QStringLiteral("s"), version.id, {calibrated}, {QStringLiteral("omid")}, {}, false, {}};
        const auto session = CalibrationStore(*workspace, sam).create(request);
        REQUIRE(session.ok());
        REQUIRE(CalibrationStore(*workspace, omid).score(session->id, calibrated, answers).ok());

        const auto pairs = readReliabilityPairs(*workspace, sam, version.id, 0, clock + 1);
        REQUIRE(pairs.ok());
        REQUIRE(pairs->size() == 1);
        CHECK(pairs->first().callId == twice);
        CHECK(pairs->first().first.reviewer == QStringLiteral("rita"));
        CHECK(pairs->first().second.reviewer == QStringLiteral("omid"));
        CHECK(pairs->first().second.answers == answers);
        INFO("outside the period: none");
        CHECK(readReliabilityPairs(*workspace, sam, version.id, clock + 1, clock + 2)->isEmpty());
        INFO("reviewers read no one else's evaluations, so no reliability");
        CHECK_FALSE(readReliabilityPairs(*workspace, rita, version.id, 0, clock + 1).ok());
    }
}
