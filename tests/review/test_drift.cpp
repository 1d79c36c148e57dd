#include "review/calibration/drift.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTimeZone>

using namespace callqa::review;

namespace {

qint64 at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

TEST_CASE("Drift: bias per month, weighted by calls, with a trend and a flag", "[calibration]")
{
    const QList<SessionBias> biases = {
        {QStringLiteral("rita"), at(2026, 1, 5), 2.0, 4},
        {QStringLiteral("rita"), at(2026, 1, 20), 5.0, 2}, // January: (8 + 10) / 6 = 3
        {QStringLiteral("rob"), at(2026, 1, 20), -1.0, 3},
        {QStringLiteral("rita"), at(2026, 2, 10), 6.0, 3},
        {QStringLiteral("rita"), at(2026, 4, 1), 12.0, 3}, // March skipped: x = 0, 1, 3
        {QStringLiteral("rob"), at(2026, 2, 1), -1.5, 0},  // no calls: left out
    };
    const QList<ReviewerDrift> drift = driftSeries(biases, 2.0);
    REQUIRE(drift.size() == 2);
    const ReviewerDrift& rita = drift[0];
    CHECK(rita.reviewer == QStringLiteral("rita"));
    REQUIRE(rita.months.size() == 3);
    CHECK(rita.months[0].month == QStringLiteral("2026-01"));
    CHECK(rita.months[0].bias == Approx(3.0));
    CHECK(rita.months[0].calls == 6);
    CHECK(rita.months[2].month == QStringLiteral("2026-04"));
    // Points (0, 3), (1, 6), (3, 12): slope exactly 3 points a month.
    REQUIRE(rita.trendPerMonth.defined());
    CHECK(*rita.trendPerMonth.value == Approx(3.0));
    CHECK(rita.flagged);
    const ReviewerDrift& rob = drift[1];
    CHECK(rob.months.size() == 1);
    CHECK_FALSE(rob.trendPerMonth.defined());
    CHECK(rob.trendPerMonth.reason.contains(QStringLiteral("two months")));
    CHECK_FALSE(rob.flagged);
    CHECK_FALSE(driftSeries(biases, 3.5)[0].flagged);
}
