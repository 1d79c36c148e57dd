#include "app/demo/demobuilder.h"
#include "app/gui/calibration/calibrationreportview.h"
#include "app/gui/calibration/itemagreementmodel.h"
#include "checklists/defaultchecklist.h"
#include "checklists/sampleanswers.h"
#include "review/calibration/calibrationstore.h"
#include "review/checklists/checkliststore.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace callqa;
using namespace callqa::review;

namespace {

CalibrationScore score(qint64 call, const QString& reviewer, double overall, bool greeted)
{
    CalibrationScore s;
    s.callId = call;
    s.reviewer = reviewer;
    s.overall = overall;
    s.answers = checklists::fullMarksAnswers(checklists::defaultChecklist());
    if (!greeted)
        s.answers.set(QStringLiteral("greeted-customer"), checklists::Answer::no());
    return s;
}

} // namespace

TEST_CASE("calibration report view: items with bars, undefined said why, bias chart, agenda",
          "[app][calibration]")
{
    CalibrationSession session;
    session.id = 1;
    session.name = QStringLiteral("March");
    session.checklistKey = QStringLiteral("support-call");
    session.checklistVersion = 1;
    session.callIds = {10, 11};
    session.callExternalIds = {QStringLiteral("C-10"), QStringLiteral("C-11")};
    session.participants = {QStringLiteral("rita"), QStringLiteral("lena"), QStringLiteral("sara")};
    session.expert = QStringLiteral("sara");
    session.closed = true;
    const QList<CalibrationScore> scores = {
        score(10, QStringLiteral("rita"), 90, true),  score(10, QStringLiteral("lena"), 70, false),
        score(10, QStringLiteral("sara"), 90, true),  score(11, QStringLiteral("rita"), 80, true),
        score(11, QStringLiteral("lena"), 60, false), score(11, QStringLiteral("sara"), 85, true)};
    const CalibrationReport report =
        buildCalibrationReport(session, checklists::defaultChecklist(), scores, {50, 1});

    app::CalibrationReportView view;
    view.setReport(session, report);
    const app::ItemAgreementModel* model = view.itemModel();
    REQUIRE(model->rowCount() == report.items.size());
    const QModelIndex greeted = model->index(0, app::ItemAgreementModel::Kappa);
    CHECK(model->index(0, app::ItemAgreementModel::Item).data().toString() ==
          QStringLiteral("greeted-customer"));
    CHECK(greeted.data(app::ItemAgreementModel::CoefficientRole).isValid());
    CHECK(greeted.data().toString().endsWith(QStringLiteral("(2)")));
    INFO("everyone answered 'identified-self' alike: kappa undefined, a dash, the reason on hover");
    const QModelIndex same = model->index(1, app::ItemAgreementModel::Kappa);
    CHECK(same.data().toString() == QStringLiteral("—"));
    CHECK(same.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Undefined: ")));
    CHECK_FALSE(same.data(app::ItemAgreementModel::CoefficientRole).isValid());
    CHECK(model->index(0, app::ItemAgreementModel::AlphaOrdinal)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("scale")));
    INFO("one bar per reviewer: rita -2.5, lena -22.5 against the expert");
    const QList<double> bars = view.biasBars();
    REQUIRE(bars.size() == 3);
    CHECK(bars[0] == Approx(-2.5));
    CHECK(bars[1] == Approx(-22.5));
    CHECK(view.agenda()->topLevelItemCount() == 2);
    CHECK(view.agenda()->topLevelItem(0)->child(0)->text(0) == QStringLiteral("greeted-customer"));
}

// Renders the documentation screenshot (README, "Calibration") from the demo's closed session;
// hidden, run on purpose: CALLQA_SCREENSHOT_DIR=docs/screenshots tests_app "[screenshot]"
TEST_CASE("calibration report view: documentation screenshot", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("CALLQA_SCREENSHOT_DIR");
    INFO("set CALLQA_SCREENSHOT_DIR to the folder the screenshots go to");
    REQUIRE_FALSE(folder.isEmpty());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    testing::TestLocation location(Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    app::DemoOptions options;
    options.recordingsFolder = dir.filePath(QStringLiteral("calls"));
    const auto demo = app::buildDemo(*workspace, options);
    INFO(demo.error().toStdString());
    REQUIRE(demo.ok());
    CalibrationStore store(*workspace, Actor::owner());
    const auto sessions = store.list();
    REQUIRE(sessions.ok());
    const auto closed = std::find_if(sessions->begin(), sessions->end(),
                                     [](const CalibrationSession& s) { return s.closed; });
    REQUIRE(closed != sessions->end());
    const auto scores = store.scores(closed->id);
    const auto version =
        ChecklistStore(*workspace, Actor::owner()).versionById(closed->checklistVersionId);
    app::CalibrationReportView view;
    view.setReport(*closed, buildCalibrationReport(*closed, version->checklist, *scores));
    view.resize(1200, 860);
    view.show();
    QTest::qWait(100);
    REQUIRE(view.grab().save(folder + QStringLiteral("/calibration-report.png"), "PNG"));
}
