#include "audio/core/talkmetrics.h"

#include <catch2/catch.hpp>

using namespace callqa::audio;

using Segments = std::vector<Segment>;

TEST_CASE("talk metrics of a two-sided call", "[talk]")
{
    // agent (left) and customer (right), 20 s
    const TalkMetrics m =
        computeTalkMetrics({{{0, 3000}, {10000, 12000}}, {{2500, 6000}, {13000, 14000}}}, 20000);
    REQUIRE(m.channels.size() == 2);
    CHECK(m.durationMs == 20000);
    CHECK(m.channels[0].talkMs == 5000);
    CHECK(m.channels[1].talkMs == 4500);
    CHECK(m.channels[0].share == Approx(5000.0 / 9500.0));
    CHECK(m.channels[1].share == Approx(4500.0 / 9500.0));
    CHECK(m.overtalk == Segments{{2500, 3000}});
    CHECK(m.overtalkMs == 500);
    // silences: 6-10 s (4 s), 12-13 s, 14-20 s (6 s): only the last is longer than 5 s
    CHECK(m.deadAir == Segments{{14000, 20000}});
    CHECK(m.deadAirMs == 6000);
    CHECK(m.channels[0].longestMonologue == Segment{0, 3000});
    CHECK(m.channels[1].longestMonologue == Segment{2500, 6000});
    CHECK(m.anyoneTalkMs == 9500 - 500); // both talk times, the overlap once
}

TEST_CASE("monologues chain pauses but not turns", "[talk]")
{
    struct Row {
        const char* what;
        std::vector<Segments> segments;
        Segment expected; // channel 0's longest monologue
    };
    const Row rows[] = {
        {"a pause nobody fills", {{{0, 2000}, {3000, 5000}}, {}}, {0, 5000}},
        {"the other side speaks in the pause",
         {{{0, 2000}, {3000, 4000}}, {{2200, 2500}}},
         {0, 2000}},
        {"a backchannel over the speech does not end it",
         {{{0, 4000}, {4500, 8000}}, {{1000, 1300}}},
         {0, 8000}},
        {"a pause longer than dead air ends it", {{{0, 1000}, {6500, 7000}}, {}}, {0, 1000}},
        {"a pause exactly as long as dead air does not",
         {{{0, 1000}, {6000, 7000}}, {}},
         {0, 7000}},
        {"never speaks", {{}, {{0, 1000}}}, {0, 0}},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        CHECK(computeTalkMetrics(row.segments, 10000).channels[0].longestMonologue == row.expected);
    }
}

TEST_CASE("dead air is silence on every channel longer than the threshold", "[talk]")
{
    struct Row {
        const char* what;
        std::vector<Segments> segments;
        std::int64_t duration;
        std::int64_t threshold;
        Segments expected;
    };
    const Row rows[] = {
        {"silent call", {{}, {}}, 6000, 5000, {{0, 6000}}},
        {"short silent call", {{}, {}}, 3000, 5000, {}},
        {"exactly the threshold is not longer", {{{0, 1000}}, {{6000, 7000}}}, 7000, 5000, {}},
        {"at the start and the end",
         {{{5500, 6000}}, {{6000, 7000}}},
         13000,
         5000,
         {{0, 5500}, {7000, 13000}}},
        {"a lower threshold", {{{0, 1000}}, {{3000, 4000}}}, 4000, 1500, {{1000, 3000}}},
        {"one side talking is not dead air", {{{0, 9000}}, {}}, 9000, 5000, {}},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        CHECK(computeTalkMetrics(row.segments, row.duration, {row.threshold}).deadAir ==
              row.expected);
    }
}

TEST_CASE("overtalk is two or more channels at once", "[talk]")
{
    struct Row {
        const char* what;
        std::vector<Segments> segments;
        Segments expected;
    };
    const Row rows[] = {
        {"touching turns do not overlap", {{{0, 1000}}, {{1000, 2000}}}, {}},
        {"nested", {{{0, 4000}}, {{1000, 1300}, {2000, 2500}}}, {{1000, 1300}, {2000, 2500}}},
        {"three channels, any two",
         {{{0, 1000}}, {{500, 1500}}, {{1400, 2000}}},
         {{500, 1000}, {1400, 1500}}},
        {"mono has none", {{{0, 1000}, {2000, 3000}}}, {}},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        CHECK(computeTalkMetrics(row.segments, 10000).overtalk == row.expected);
    }
}

TEST_CASE("segments are sorted, merged and clipped first", "[talk]")
{
    const TalkMetrics m = computeTalkMetrics(
        {{{3000, 4000}, {0, 1000}, {500, 2000}, {9000, 12000}, {-50, 10}}}, 10000);
    CHECK(m.channels[0].segments == Segments{{0, 2000}, {3000, 4000}, {9000, 10000}});
    CHECK(m.channels[0].talkMs == 4000);
    CHECK(m.channels[0].share == 1.0);
    CHECK(m.anyoneTalkMs == 4000);
}

TEST_CASE("nobody talking gives zero shares", "[talk]")
{
    const TalkMetrics m = computeTalkMetrics({{}, {}}, 1000);
    CHECK(m.channels[0].share == 0.0);
    CHECK(m.channels[1].talkMs == 0);
    CHECK(m.overtalkMs == 0);
}
