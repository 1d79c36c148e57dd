#include "app/gui/calibration/calibrationpanel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/review/reviewform.h"
#include "app/gui/review/reviewformmodel.h"
#include "app/gui/review/reviewscreen.h"
#include "checklists/sampleanswers.h"
#include "review/calibration/calibrationstore.h"
#include "review/checklists/checkliststore.h"
#include "tests/app/queuefloor.h"
#include "tests/app/review/reviewfloor.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace callqa;

TEST_CASE("review screen: a participant scores a calibration session call, blind, and is back at "
          "the sessions list",
          "[app][gui][review][calibration]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::ReviewFloor floor(*workspace);
    const review::Actor sara = testing::signedInAs(*workspace, QStringLiteral("sara"));
    const review::Actor omid = testing::signedInAs(*workspace, QStringLiteral("omid"));
    const auto version =
        review::ChecklistStore(*workspace, sara).version(QStringLiteral("support-call"));
    REQUIRE(version.ok());
    review::NewCalibrationSession request;
    request.name = QStringLiteral("Weekly");
    request.checklistVersionId = version->id;
    request.callIds = {floor.items.at(0).callId, floor.items.at(1).callId};
    request.participants = {QStringLiteral("rita"), QStringLiteral("omid")};
    request.blind = true;
    const auto session = review::CalibrationStore(*workspace, sara).create(request);
    REQUIRE(session.ok());
    const qint64 call = floor.items.at(0).callId;
    checklists::AnswerSet omids = checklists::fullMarksAnswers(version->checklist);
    omids.set(QStringLiteral("greeted-customer"), checklists::Answer::no());
    REQUIRE(review::CalibrationStore(*workspace, omid).score(session->id, call, omids).ok());

    app::MainWindow window(testing::openWorkspace(location),
                           testing::signedInAs(*workspace, QStringLiteral("rita")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* open = window.findChild<QAction*>(QStringLiteral("calibrationAction"));
    REQUIRE(open);
    open->trigger();
    auto* panel = window.findChild<app::CalibrationPanel*>(QStringLiteral("calibrationPanel"));
    REQUIRE(panel);
    REQUIRE(panel->sessions()->count() == 1);
    QListWidget* calls = panel->sessionCalls();
    REQUIRE(calls->isVisible());
    REQUIRE(calls->count() == 2);
    CHECK(calls->item(0)->text().contains(QStringLiteral("to score")));
    INFO("blind: rita has not scored every call, so the panel shows no report");
    CHECK_FALSE(panel->message().isEmpty());

    INFO("opening the call brings the review screen in calibration mode");
    Q_EMIT calls->itemActivated(calls->item(0));
    REQUIRE(window.isReviewing());
    app::ReviewScreen& screen = *window.reviewScreen();
    CHECK(screen.callId() == call);
    CHECK(screen.calibrationSession() == session->id);
    CHECK_FALSE(screen.readOnly());
    CHECK(screen.bannerText().contains(QStringLiteral("Weekly")));
    CHECK(screen.bannerText().contains(QStringLiteral("blind")));
    INFO("no draft, and nobody else's answers or scores anywhere on the screen");
    CHECK(workspace->db()
              .scalar(QStringLiteral("SELECT count(*) FROM evaluation_drafts"))
              .toLongLong() == 0);
    app::ReviewFormModel& model = screen.form()->model();
    CHECK(model.answers().isEmpty());
    auto* facts = screen.findChild<QLabel*>(QStringLiteral("callFacts"));
    REQUIRE(facts);
    CHECK_FALSE(facts->text().contains(QStringLiteral("omid")));
    CHECK(model.checklist().name == version->checklist.name);

    const QString firstItem = model.checklist().sections.first().items.first().key;
    screen.form()->focusItem(firstItem);
    int items = 0;
    for (const checklists::Section& section : model.checklist().sections)
        items += int(section.items.size());
    for (int i = 0; i < items; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    }
    REQUIRE(model.score().isComplete());
    QSignalSpy scored(&screen, &app::ReviewScreen::calibrationScored);
    REQUIRE(screen.submitAndNext());
    REQUIRE(scored.count() == 1);
    CHECK(scored.first().at(0).toLongLong() == session->id);

    INFO("the score is the session's, on its pinned version, counted nowhere");
    QSqlQuery stored = workspace->db().exec(
        QStringLiteral("SELECT status, checklist_version_id FROM evaluations WHERE "
                       "calibration_session_id = ? AND reviewer = 'rita' AND call_id = ?"),
        {session->id, call});
    REQUIRE(stored.next());
    CHECK(stored.value(0).toString() == QStringLiteral("calibration"));
    CHECK(stored.value(1).toLongLong() == version->id);
    stored.finish();
    CHECK(workspace->db()
              .scalar(QStringLiteral("SELECT count(*) FROM evaluations WHERE status = 'submitted'"))
              .toLongLong() == 0);

    INFO("back at the list, which says the call is scored");
    CHECK_FALSE(window.isReviewing());
    CHECK(calls->item(0)->text().contains(QStringLiteral("scored")));
    CHECK_FALSE(calls->item(0)->text().contains(QStringLiteral("to score")));

    INFO("opened again, the call shows rita's own score, read-only; submitting is refused");
    Q_EMIT calls->itemActivated(calls->item(0));
    REQUIRE(window.isReviewing());
    CHECK(screen.readOnly());
    CHECK(screen.bannerText().contains(QStringLiteral("You have scored")));
    CHECK(model.answers().answer(QStringLiteral("greeted-customer")) == checklists::Answer::yes());
    CHECK_FALSE(screen.submitAndNext());
    CHECK(workspace->db()
              .scalar(QStringLiteral("SELECT count(*) FROM evaluations WHERE reviewer = 'rita'"))
              .toLongLong() == 1);
    screen.closeCall();
    CHECK_FALSE(window.isReviewing());
}
