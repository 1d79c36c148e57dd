#include "app/gui/calibration/calibrationpanel.h"
#include "app/gui/calibration/calibrationreportview.h"
#include "app/gui/calibration/itemagreementmodel.h"
#include "checklists/sampleanswers.h"
#include "review/calibration/calibrationstore.h"
#include "review/checklists/checkliststore.h"
#include "tests/app/queuefloor.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QListWidget>

using namespace callqa;

TEST_CASE("calibration panel: the sessions one may read; blind mode says why instead of a report",
          "[app][calibration]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    const QList<qint64> calls = testing::addQueueFloor(*workspace);
    const review::Actor sara = testing::signedInAs(*workspace, QStringLiteral("sara"));
    const review::Actor rita = testing::signedInAs(*workspace, QStringLiteral("rita"));
    const review::Actor omid = testing::signedInAs(*workspace, QStringLiteral("omid"));
    const auto version =
        review::ChecklistStore(*workspace, sara).version(QStringLiteral("support-call"));
    REQUIRE(version.ok());
    review::NewCalibrationSession request;
    request.name = QStringLiteral("March");
    request.checklistVersionId = version->id;
    request.callIds = {calls[0], calls[1]};
    request.participants = {QStringLiteral("rita"), QStringLiteral("omid")};
    request.blind = true;
    const auto session = review::CalibrationStore(*workspace, sara).create(request);
    REQUIRE(session.ok());
    const auto answers = checklists::fullMarksAnswers(version->checklist);
    REQUIRE(review::CalibrationStore(*workspace, rita).score(session->id, calls[0], answers).ok());

    app::CalibrationPanel omidsPanel(*workspace, omid);
    REQUIRE(omidsPanel.sessions()->count() == 1);
    CHECK(omidsPanel.sessions()->item(0)->text().contains(QStringLiteral("March")));
    CHECK(omidsPanel.message().contains(QStringLiteral("blind")));

    app::CalibrationPanel sarasPanel(*workspace, sara);
    CHECK(sarasPanel.message().isEmpty());
    CHECK(sarasPanel.reportView()->itemModel()->rowCount() > 0);

    INFO("after the close omid reads the report too; refresh keeps the session chosen");
    REQUIRE(review::CalibrationStore(*workspace, sara).close(session->id).ok());
    omidsPanel.refresh();
    CHECK(omidsPanel.message().isEmpty());
    CHECK(omidsPanel.sessions()->item(0)->text().contains(QStringLiteral("closed")));
}
