#include "review/queues/allocation.h"
#include "review/queues/seededrandom.h"

#include <catch2/catch.hpp>

#include <numeric>

using callqa::review::allocateProportionally;

namespace {
std::vector<int> identity(size_t n)
{
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    return order;
}
} // namespace

TEST_CASE("allocation: proportional, largest remainder, every stratum where the quota allows",
          "[review][queues]")
{
    struct Row {
        const char* why;
        qint64 quota;
        std::vector<qint64> sizes;
        std::vector<int> ties;
        std::vector<qint64> expected;
    };
    const std::vector<Row> table = {
        {"one each first, the rest by (size - 1): 3,2,1 + one extra by remainder",
         10,
         {50, 30, 20},
         {0, 1, 2},
         {5, 3, 2}},
        {"fewer draws than strata: the largest shares",
         2,
         {50, 30, 20, 0},
         {0, 1, 2, 3},
         {1, 1, 0, 0}},
        {"a quota above the frame takes everything", 100, {5, 0, 7}, {0, 1, 2}, {5, 0, 7}},
        {"equal remainders go by the seeded tie order, not by position",
         1,
         {10, 10, 10},
         {2, 0, 1},
         {0, 0, 1}},
        {"equal remainders, another tie order", 2, {10, 10, 10}, {1, 2, 0}, {0, 1, 1}},
        {"an empty stratum gets nothing", 3, {0, 5}, {0, 1}, {0, 3}},
        {"two strata of 1:2 get 1:2", 6, {20, 40}, {0, 1}, {2, 4}},
        {"a one-call stratum is covered but never over-filled",
         4,
         {1, 1, 100},
         {0, 1, 2},
         {1, 1, 2}},
        {"nothing to draw", 0, {4, 4}, {0, 1}, {0, 0}},
    };
    for (const Row& row : table) {
        INFO(row.why);
        CHECK(allocateProportionally(row.quota, row.sizes, row.ties) == row.expected);
    }
}

TEST_CASE("allocation: parts add up to the quota and never exceed a stratum", "[review][queues]")
{
    callqa::review::SeededRandom random(7);
    for (int trial = 0; trial < 2000; ++trial) {
        const size_t strata = 1 + random.below(12);
        std::vector<qint64> sizes(strata);
        for (qint64& size : sizes)
            size = qint64(random.below(40));
        const qint64 total = std::accumulate(sizes.begin(), sizes.end(), qint64(0));
        const qint64 quota = qint64(random.below(std::uint64_t(total + 5)));
        const std::vector<qint64> parts = allocateProportionally(quota, sizes, identity(strata));
        INFO("trial " << trial);
        REQUIRE(std::accumulate(parts.begin(), parts.end(), qint64(0)) == std::min(quota, total));
        const qint64 nonEmpty =
            std::count_if(sizes.begin(), sizes.end(), [](qint64 s) { return s > 0; });
        for (size_t i = 0; i < strata; ++i) {
            REQUIRE(parts[i] >= 0);
            REQUIRE(parts[i] <= sizes[i]);
            if (quota >= nonEmpty && sizes[i] > 0)
                REQUIRE(parts[i] >= 1);
        }
    }
}
