#include "app/gui/calibration/driftchartview.h"

#include <catch2/catch.hpp>

using namespace callqa;

TEST_CASE("drift chart: one line per reviewer, the trend and the flag in its name",
          "[app][calibration]")
{
    review::ReviewerDrift rita;
    rita.reviewer = QStringLiteral("rita");
    rita.months = {{QStringLiteral("2026-01"), 3.0, 6}, {QStringLiteral("2026-02"), 6.0, 3}};
    rita.trendPerMonth = review::Estimate::of(3.0);
    rita.flagged = true;
    review::ReviewerDrift rob;
    rob.reviewer = QStringLiteral("rob");
    rob.months = {{QStringLiteral("2026-01"), -1.0, 3}};
    rob.trendPerMonth = review::Estimate::undefined(QStringLiteral("one month"));
    app::DriftChartView view;
    view.setDrift({rita, rob});
    const QStringList names = view.seriesNames();
    REQUIRE(names.size() == 2);
    CHECK(names[0].startsWith(QStringLiteral("rita (3.0 per month)")));
    CHECK(names[0].endsWith(QStringLiteral("flagged")));
    CHECK(names[1] == QStringLiteral("rob"));
    view.setDrift({});
    CHECK(view.seriesNames().isEmpty());
}
