#include "review/calibration/intraclasscorrelation.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

namespace {
constexpr std::nullopt_t M = std::nullopt;
}

TEST_CASE("ICCs reproduce Shrout & Fleiss (1979) Table 2 with F-distribution intervals",
          "[calibration]")
{
    // Six targets by four judges. Published: ICC(1,1) = .17, ICC(2,1) = .29, ICC(3,1) = .71.
    // Values to four places and the intervals from scripts/calibration_reference.py; the
    // intervals also match R psych::ICC on these data (-0.13..0.72, 0.02..0.76, 0.34..0.95).
    const Ratings table2 = {{9, 2, 5, 8}, {6, 1, 3, 2},  {8, 4, 6, 8},
                            {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
    const IntraclassCorrelations icc = intraclassCorrelations(table2);
    CHECK(icc.calls == 6);
    REQUIRE(icc.icc1.defined());
    REQUIRE(icc.icc2.defined());
    REQUIRE(icc.icc3.defined());
    CHECK(*icc.icc1.value == Approx(0.1657).margin(0.0005));
    CHECK(*icc.icc2.value == Approx(0.2898).margin(0.0005));
    CHECK(*icc.icc3.value == Approx(0.7148).margin(0.0005));
    REQUIRE(icc.icc1.ci95.has_value());
    REQUIRE(icc.icc2.ci95.has_value());
    REQUIRE(icc.icc3.ci95.has_value());
    CHECK(icc.icc1.ci95->lower == Approx(-0.1329).margin(0.0005));
    CHECK(icc.icc1.ci95->upper == Approx(0.7226).margin(0.0005));
    CHECK(icc.icc2.ci95->lower == Approx(0.0188).margin(0.0005));
    CHECK(icc.icc2.ci95->upper == Approx(0.7611).margin(0.0005));
    CHECK(icc.icc3.ci95->lower == Approx(0.3425).margin(0.0005));
    CHECK(icc.icc3.ci95->upper == Approx(0.9459).margin(0.0005));
}

TEST_CASE("ICCs use only the calls every reviewer scored", "[calibration]")
{
    const Ratings withMissing = {{9, 2, 5, 8},  {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6},
                                 {10, 5, 6, 9}, {6, 2, 4, 7}, {1, M, 9, 9}};
    const IntraclassCorrelations icc = intraclassCorrelations(withMissing);
    CHECK(icc.calls == 6);
    CHECK(*icc.icc3.value == Approx(0.7148).margin(0.0005));
}

TEST_CASE("ICC edge cases are undefined with a reason, or exact", "[calibration]")
{
    SECTION("perfect agreement: 1, interval undefined (no residual variation)")
    {
        const IntraclassCorrelations icc = intraclassCorrelations({{90, 90}, {60, 60}, {75, 75}});
        CHECK(*icc.icc1.value == Approx(1.0));
        CHECK(*icc.icc2.value == Approx(1.0));
        CHECK(*icc.icc3.value == Approx(1.0));
        CHECK_FALSE(icc.icc3.ci95.has_value());
        CHECK_FALSE(icc.icc3.ci95Reason.isEmpty());
    }
    SECTION("everyone gave one score")
    {
        const IntraclassCorrelations icc = intraclassCorrelations({{80, 80}, {80, 80}});
        CHECK_FALSE(icc.icc1.defined());
        CHECK_FALSE(icc.icc2.defined());
        CHECK(icc.icc2.reason.contains(QStringLiteral("same score")));
    }
    SECTION("one reviewer")
    {
        const IntraclassCorrelations icc = intraclassCorrelations({{80}, {70}});
        CHECK(icc.icc1.reason.contains(QStringLiteral("two reviewers")));
    }
    SECTION("two calls")
    {
        // By hand, rows (80, 90) and (70, 70):
        const IntraclassCorrelations icc = intraclassCorrelations({{80, 90}, {70, 70}});
        // grand 77.5; SS rows = 2*(7.5^2 + 7.5^2) = 225; SS total = 6.25+156.25+56.25+56.25 = 275
        // SS cols = 2*((75-77.5)^2 + (80-77.5)^2) = 25; BMS = 225, WMS = 50/2 = 25, JMS = 25,
        // EMS = 25. ICC1 = 200/250 = 0.8; ICC2 = 200/(250 + 0) = 0.8; ICC3 = 0.8.
        CHECK(*icc.icc1.value == Approx(0.8));
        CHECK(*icc.icc2.value == Approx(0.8));
        CHECK(*icc.icc3.value == Approx(0.8));
        CHECK(icc.icc3.ci95.has_value());
    }
    SECTION("one call")
    {
        const IntraclassCorrelations icc = intraclassCorrelations({{80, 90}, {70, M}});
        CHECK_FALSE(icc.icc1.defined());
        CHECK(icc.calls == 1);
    }
}
