#include "review/calibration/callspread.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

namespace {
constexpr std::nullopt_t M = std::nullopt;
}

TEST_CASE("A call's spread and its agenda of items, most disagreement first", "[calibration]")
{
    const Ratings overall = {{91, 58, 75}, {80, M, M}};
    // Item 0: 1,1,1 (agree); item 1: 1,0,0 (2 of 3 pairs differ); item 2: 0,1,2 (all differ).
    const std::vector<Ratings> items = {
        {{1, 1, 1}, {1, M, M}}, {{1, 0, 0}, {0, M, M}}, {{0, 1, 2}, {1, M, M}}};
    const auto spreads = callSpreads(overall, items);
    REQUIRE(spreads.size() == 2);
    CHECK(spreads[0].scores == 3);
    CHECK(*spreads[0].min == 58);
    CHECK(*spreads[0].max == 91);
    // Mean 74.667; squares 266.78 + 277.78 + 0.11 = 544.67; / 2 = 272.33; sqrt = 16.503.
    CHECK(*spreads[0].standardDeviation.value == Approx(16.5025).margin(0.0005));
    REQUIRE(spreads[0].agenda.size() == 2);
    CHECK(spreads[0].agenda[0].item == 2);
    CHECK(spreads[0].agenda[0].disagreement == Approx(1.0));
    CHECK(spreads[0].agenda[1].item == 1);
    CHECK(spreads[0].agenda[1].disagreement == Approx(2.0 / 3));
    // One score: no standard deviation, nothing to discuss.
    CHECK(spreads[1].scores == 1);
    CHECK_FALSE(spreads[1].standardDeviation.defined());
    CHECK(spreads[1].standardDeviation.reason.contains(QStringLiteral("two reviewers")));
    CHECK(spreads[1].agenda.empty());
}
