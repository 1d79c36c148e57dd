#include "review/calibration/percentagreement.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

namespace {
constexpr std::nullopt_t M = std::nullopt;
}

TEST_CASE("Percent agreement averages the share of equal pairs over calls rated twice or more",
          "[calibration]")
{
    // Call 1: three equal (3 of 3 pairs); call 2: 1,1,2 (1 of 3); call 3: one rating (left out).
    const Ratings ratings = {{1, 1, 1}, {1, 1, 2}, {M, 2, M}};
    const Estimate e = percentAgreement(ratings);
    REQUIRE(e.defined());
    CHECK(*e.value == Approx((1.0 + 1.0 / 3) / 2));
    CHECK(e.reason.isEmpty());
}

TEST_CASE("Percent agreement is undefined, with a reason, when no call was rated twice",
          "[calibration]")
{
    const Estimate one = percentAgreement({{1, M}, {M, 2}});
    CHECK_FALSE(one.defined());
    CHECK(one.reason.contains(QStringLiteral("two reviewers")));
    CHECK_FALSE(percentAgreement({}).defined());
    CHECK(*percentAgreement({{3, 3}, {0, 0}}).value == 1.0);
}
