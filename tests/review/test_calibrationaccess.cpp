#include "review/calibration/calibrationaccess.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

namespace {

Actor userWith(QList<Role> roles)
{
    Actor actor;
    actor.userId = 9;
    actor.login = QStringLiteral("rita");
    actor.roles = std::move(roles);
    return actor;
}

struct Row {
    const char* who;
    QList<Role> roles;
    CalibrationFacts facts; // blind, closed, participant, scoredThis, scoredEvery
    bool read, score, others, report;
};

} // namespace

TEST_CASE("calibration: who may read, score, see others' answers and read the report",
          "[review][calibration]")
{
    const QList<Role> reviewer{Role::Reviewer};
    const QList<Role> supervisor{Role::Supervisor};
    const QList<Role> coach{Role::Coach};
    const QList<Role> agent{Role::Agent};
    // clang-format off
    const Row rows[] = {
        //  who                                   roles       blind  closed part   this   every   read   score  others report
        {"participant, open mode, not scored",     reviewer,  {false, false, true,  false, false}, true,  true,  true,  true},
        {"participant, blind, not scored",         reviewer,  {true,  false, true,  false, false}, true,  true,  false, false},
        {"participant, blind, scored this call",   reviewer,  {true,  false, true,  true,  false}, true,  true,  true,  false},
        {"participant, blind, scored every call",  reviewer,  {true,  false, true,  true,  true},  true,  true,  true,  true},
        {"participant, blind, closed",             reviewer,  {true,  true,  true,  false, false}, true,  false, true,  true},
        {"reviewer not taking part",               reviewer,  {false, false, false, false, false}, false, false, false, false},
        {"supervisor running a blind session",     supervisor,{true,  false, false, false, false}, true,  false, true,  true},
        {"supervisor taking part, blind",          supervisor,{true,  false, true,  false, false}, true,  true,  false, false},
        {"coach, blind, open",                     coach,     {true,  false, false, false, false}, true,  false, true,  true},
        {"coach listed as participant",            coach,     {false, false, true,  false, false}, true,  false, true,  true},
        {"agent",                                  agent,     {false, true,  false, false, false}, false, false, false, false},
    };
    // clang-format on
    for (const Row& row : rows) {
        INFO(row.who);
        const Actor actor = userWith(row.roles);
        CHECK(authorizeReadCalibrationSession(actor, row.facts).ok() == row.read);
        CHECK(authorizeScoreCalibration(actor, row.facts).ok() == row.score);
        CHECK(authorizeSeeOthersAnswers(actor, row.facts).ok() == row.others);
        CHECK(authorizeReadCalibrationReport(actor, row.facts).ok() == row.report);
    }
}

TEST_CASE("calibration: refusals say why", "[review][calibration]")
{
    const Actor rita = userWith({Role::Reviewer});
    const Status blind = authorizeSeeOthersAnswers(rita, {true, false, true, false, false});
    REQUIRE_FALSE(blind.ok());
    CHECK(blind.error().contains(QStringLiteral("blind")));
    CHECK(blind.error().contains(QStringLiteral("rita")));
    const Status closed = authorizeScoreCalibration(rita, {false, true, true, false, false});
    CHECK(closed.error().contains(QStringLiteral("closed")));
    const Status outsider = authorizeScoreCalibration(rita, {false, false, false, false, false});
    CHECK(outsider.error().contains(QStringLiteral("not a reviewer")));
}
