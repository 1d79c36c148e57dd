#include "review/calibration/krippendorffalpha.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

namespace {

constexpr std::nullopt_t M = std::nullopt;

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
// twelve units, values 1..5, with missing data (unit 12 has a single value and is unpairable).
Ratings krippendorff2011()
{
    const std::vector<std::vector<std::optional<double>>> observers = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, M, M, M},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, M, 3},
        {M, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, M},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, M},
    };
    Ratings units(12);
    for (std::size_t u = 0; u < 12; ++u) {
        for (const auto& observer : observers)
            units[u].push_back(observer[u]);
    }
    return units;
}

} // namespace

TEST_CASE("Krippendorff's alpha reproduces the 2011 worked example with missing data",
          "[calibration]")
{
    // Published: nominal 0.743, ordinal 0.815, interval 0.849 (recomputed independently by
    // scripts/calibration_reference.py: 0.7434, 0.8154, 0.8491).
    struct Row {
        Level level;
        double expected;
    };
    for (const Row row : {Row{Level::Nominal, 0.7434}, Row{Level::Ordinal, 0.8154},
                          Row{Level::ConfidenceInterval, 0.8491}}) {
        INFO(levelName(row.level).toStdString());
        const Estimate alpha = krippendorffAlpha(krippendorff2011(), row.level);
        REQUIRE(alpha.defined());
        CHECK(*alpha.value == Approx(row.expected).margin(0.0005));
    }
}

TEST_CASE("Krippendorff's alpha edge cases say why they are undefined", "[calibration]")
{
    SECTION("perfect agreement is 1")
    {
        const Estimate alpha = krippendorffAlpha({{1, 1, 1}, {2, 2, M}, {3, 3, 3}}, Level::Ordinal);
        REQUIRE(alpha.defined());
        CHECK(*alpha.value == Approx(1.0));
    }
    SECTION("everyone used one category: undefined, not NaN")
    {
        const Estimate alpha = krippendorffAlpha({{1, 1}, {1, 1}, {1, M}}, Level::Nominal);
        CHECK_FALSE(alpha.defined());
        CHECK(alpha.reason.contains(QStringLiteral("same value")));
    }
    SECTION("one reviewer: nothing to pair")
    {
        const Estimate alpha = krippendorffAlpha({{1}, {2}, {3}}, Level::ConfidenceInterval);
        CHECK_FALSE(alpha.defined());
        CHECK(alpha.reason.contains(QStringLiteral("two reviewers")));
    }
    SECTION("two calls")
    {
        // Units (1,1) and (2,3): o = {1-1: 2, 2-3: 1, 3-2: 1}; n = 4; nominal
        // Do = 2/4, De = (4*4 - (2*2 + 1 + 1)) / 12 = 10/12: alpha = 1 - 0.5 / (10/12) = 0.4.
        const Estimate alpha = krippendorffAlpha({{1, 1}, {2, 3}}, Level::Nominal);
        REQUIRE(alpha.defined());
        CHECK(*alpha.value == Approx(0.4));
    }
}

TEST_CASE("Krippendorff's alpha bootstrap interval is seeded and brackets the estimate",
          "[calibration]")
{
    const Ratings data = krippendorff2011();
    const Estimate a = krippendorffAlphaWithInterval(data, Level::ConfidenceInterval);
    const Estimate b = krippendorffAlphaWithInterval(data, Level::ConfidenceInterval);
    const Estimate other =
        krippendorffAlphaWithInterval(data, Level::ConfidenceInterval, {1000, 7});
    REQUIRE(a.ci95.has_value());
    REQUIRE(b.ci95.has_value());
    REQUIRE(other.ci95.has_value());
    CHECK(a.ci95->lower == b.ci95->lower);
    CHECK(a.ci95->upper == b.ci95->upper);
    CHECK(a.ci95->lower != other.ci95->lower);
    CHECK(a.ci95->lower < *a.value);
    CHECK(*a.value < a.ci95->upper);
    CHECK(a.ci95->upper <= 1.0);
    CHECK(*a.value == Approx(0.8491).margin(0.0005));

    const Estimate undefined =
        krippendorffAlphaWithInterval({{2, 2}, {2, 2}}, Level::ConfidenceInterval, {50, 1});
    CHECK_FALSE(undefined.defined());
    CHECK_FALSE(undefined.ci95.has_value());
    CHECK_FALSE(undefined.ci95Reason.isEmpty());
}
