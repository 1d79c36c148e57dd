#include "review/calibration/fleisskappa.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

namespace {

constexpr std::nullopt_t M = std::nullopt;

// Ratings from a table of how many raters put each subject in each category (raters in any
// order: kappa does not depend on who gave which rating).
Ratings fromCounts(const std::vector<std::vector<int>>& counts)
{
    Ratings ratings;
    for (const auto& row : counts) {
        std::vector<std::optional<double>> unit;
        for (std::size_t category = 0; category < row.size(); ++category) {
            for (int i = 0; i < row[category]; ++i)
                unit.push_back(double(category));
        }
        ratings.push_back(unit);
    }
    return ratings;
}

} // namespace

TEST_CASE("Fleiss' kappa reproduces the worked example (10 subjects, 14 raters): 0.210",
          "[calibration]")
{
    // Wikipedia, "Fleiss' kappa", worked example; P = 0.378, Pe = 0.213 (checked by
    // scripts/calibration_reference.py).
    const Ratings ratings = fromCounts({{0, 0, 0, 0, 14},
                                        {0, 2, 6, 4, 2},
                                        {0, 0, 3, 5, 6},
                                        {0, 3, 9, 2, 0},
                                        {2, 2, 8, 1, 1},
                                        {7, 7, 0, 0, 0},
                                        {3, 2, 6, 3, 0},
                                        {2, 5, 3, 2, 2},
                                        {6, 5, 2, 1, 0},
                                        {0, 2, 2, 3, 7}});
    const FleissKappa result = fleissKappa(ratings);
    CHECK(result.calls == 10);
    REQUIRE(result.kappa.defined());
    CHECK(*result.kappa.value == Approx(0.2099).margin(0.0005));
}

TEST_CASE("Fleiss' kappa uses only the calls every reviewer rated and says how many",
          "[calibration]")
{
    // Two complete calls that agree perfectly over two categories; the incomplete one would
    // disagree but is left out.
    const FleissKappa result = fleissKappa({{1, 1, 1}, {0, 0, 0}, {1, 0, M}});
    CHECK(result.calls == 2);
    REQUIRE(result.kappa.defined());
    CHECK(*result.kappa.value == Approx(1.0));
}

TEST_CASE("Fleiss' kappa is undefined with a reason, never NaN", "[calibration]")
{
    SECTION("everyone used one category")
    {
        const FleissKappa result = fleissKappa({{1, 1}, {1, 1}});
        CHECK_FALSE(result.kappa.defined());
        CHECK(result.kappa.reason.contains(QStringLiteral("same answer")));
    }
    SECTION("one reviewer")
    {
        const FleissKappa result = fleissKappa({{1}, {0}});
        CHECK_FALSE(result.kappa.defined());
        CHECK(result.kappa.reason.contains(QStringLiteral("two reviewers")));
    }
    SECTION("no complete call")
    {
        const FleissKappa result = fleissKappa({{1, M}, {M, 0}});
        CHECK(result.calls == 0);
        CHECK_FALSE(result.kappa.defined());
        CHECK(result.kappa.reason.contains(QStringLiteral("every reviewer")));
    }
}
