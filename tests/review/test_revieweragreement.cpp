#include "review/calibration/revieweragreement.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

namespace {
constexpr std::nullopt_t M = std::nullopt;
}

TEST_CASE("Reviewer bias is own score minus the others' mean, missing calls left out",
          "[calibration]")
{
    // Three reviewers, three calls; reviewer 2 skipped call 3.
    const Ratings overall = {{90, 80, 70}, {60, 50, 40}, {100, 90, M}};
    const auto stats = reviewerAgreement(overall, {}, std::nullopt);
    REQUIRE(stats.size() == 3);
    // Reviewer 0: 90-75, 60-45, 100-90 -> mean 40/3; |.| same.
    CHECK(stats[0].comparedCalls == 3);
    CHECK(*stats[0].bias.value == Approx(40.0 / 3));
    CHECK(*stats[0].meanAbsoluteDeviation.value == Approx(40.0 / 3));
    // Reviewer 1: 80-80, 50-50, 90-100 -> -10/3; MAD 10/3.
    CHECK(*stats[1].bias.value == Approx(-10.0 / 3));
    CHECK(*stats[1].meanAbsoluteDeviation.value == Approx(10.0 / 3));
    // Reviewer 2: 70-85, 40-55 -> -15 over two calls.
    CHECK(stats[2].comparedCalls == 2);
    CHECK(*stats[2].bias.value == Approx(-15));
    CHECK_FALSE(stats[0].expertAgreement.defined());
    CHECK(stats[0].expertAgreement.reason.contains(QStringLiteral("no expert")));
}

TEST_CASE("With an expert, bias and agreement are measured against the expert", "[calibration]")
{
    const Ratings overall = {{90, 80, 70}, {60, 50, M}};
    // One yes/no item (1 = yes, 0 = no): call 1 answers 1,1,0; call 2 answers 0,1,M.
    const std::vector<Ratings> items = {{{1, 1, 0}, {0, 1, M}}};
    const auto stats = reviewerAgreement(overall, items, 0);
    // Reviewer 1 against the expert (0): 80-90, 50-60 -> -10; answers equal on call 1 only.
    CHECK(*stats[1].bias.value == Approx(-10));
    CHECK(*stats[1].expertAgreement.value == Approx(0.5));
    // Reviewer 2: 70-90 on call 1 only.
    CHECK(stats[2].comparedCalls == 1);
    CHECK(*stats[2].bias.value == Approx(-20));
    CHECK(*stats[2].expertAgreement.value == Approx(0.0));
    // The expert against the others' mean: 90-75, 60-50.
    CHECK(*stats[0].bias.value == Approx(12.5));
    CHECK(stats[0].expertAgreement.reason.contains(QStringLiteral("is the expert")));
    // Consensus of the others: for reviewer 1 on call 1 the others say 1,0 (a tie: left out);
    // on call 2 the other says 0 (reviewer 1 said 1): 0 of 1.
    CHECK(*stats[1].consensusAgreement.value == Approx(0.0));
    // Reviewer 0 on call 1: others 1,0 tie; call 2: other 1, own 0 -> 0 of 1.
    CHECK(*stats[0].consensusAgreement.value == Approx(0.0));
    // Reviewer 2 on call 1: others 1,1 -> consensus 1, own 0.
    CHECK(*stats[2].consensusAgreement.value == Approx(0.0));
}

TEST_CASE("A reviewer with nothing to compare gets reasons, not numbers", "[calibration]")
{
    const auto one = reviewerAgreement({{80}, {70}}, {{{1}, {0}}}, std::nullopt);
    REQUIRE(one.size() == 1);
    CHECK_FALSE(one[0].bias.defined());
    CHECK_FALSE(one[0].meanAbsoluteDeviation.defined());
    CHECK_FALSE(one[0].consensusAgreement.defined());
    CHECK(one[0].bias.reason.contains(QStringLiteral("another")));
    // Perfect agreement.
    const auto same = reviewerAgreement({{80, 80}, {70, 70}}, {{{1, 1}, {0, 0}}}, std::nullopt);
    CHECK(*same[0].bias.value == 0);
    CHECK(*same[1].consensusAgreement.value == 1);
}
