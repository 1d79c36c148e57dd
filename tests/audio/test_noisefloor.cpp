#include "audio/core/noisefloor.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace callqa::audio;

namespace {

VadOptions floorOptions(int windowMs, int stepMs, float percentile)
{
    VadOptions options;
    options.frameMs = 20;
    options.floorWindowMs = windowMs;
    options.floorStepMs = stepMs;
    options.floorPercentile = percentile;
    return options;
}

} // namespace

TEST_CASE("the noise floor is the line between words, not the voice", "[vad][floor]")
{
    // 20 s at 20 ms: a line at -50 dB, speech at -20 dB in 80 % of the frames (four frames of
    // speech, one of pause, all along).
    std::vector<float> levels(1000);
    for (std::size_t i = 0; i < levels.size(); ++i)
        levels[i] = i % 5 == 4 ? -50.0f : -20.0f;
    const auto floor = trackNoiseFloor(levels, floorOptions(12000, 500, 0.10f));
    REQUIRE(floor.size() == levels.size());
    for (const float f : floor)
        REQUIRE(f == -50.0f);
}

TEST_CASE("the noise floor follows a line that gets louder", "[vad][floor]")
{
    // 60 s: -60 dB for the first 30 s, then -30 dB (the line changed); a 4 s window.
    std::vector<float> levels(3000, -60.0f);
    std::fill(levels.begin() + 1500, levels.end(), -30.0f);
    const auto floor = trackNoiseFloor(levels, floorOptions(4000, 500, 0.10f));
    CHECK(floor[0] == -60.0f);
    CHECK(floor[1000] == -60.0f);
    CHECK(floor[2000] == -30.0f);
    CHECK(floor[2999] == -30.0f);
    // it changes within half a window of the change
    CHECK(floor[1500 - 100 - 25] == -60.0f);
    CHECK(floor[1500 + 100 + 25] == -30.0f);
}

TEST_CASE("the noise floor is held over each step and takes the chosen percentile", "[vad][floor]")
{
    struct Row {
        std::vector<float> levels;
        float percentile;
        std::vector<float> expected;
    };
    const Row rows[] = {
        {{}, 0.1f, {}},
        {{-40}, 0.1f, {-40}},
        {{-10, -20, -30, -40, -50}, 0.0f, {-50, -50, -50, -50, -50}},
        {{-10, -20, -30, -40, -50}, 1.0f, {-10, -10, -10, -10, -10}},
        {{-10, -20, -30, -40, -50}, 0.5f, {-30, -30, -30, -30, -30}},
    };
    for (const Row& row : rows) {
        INFO("percentile " << row.percentile << ", " << row.levels.size() << " levels");
        // one window and one step over the whole (short) input
        CHECK(trackNoiseFloor(row.levels, floorOptions(1000, 1000, row.percentile)) ==
              row.expected);
    }
    // steps of 2 frames, a window of 3 frames: each step's floor is the minimum around it
    const std::vector<float> levels{-10, -20, -30, -40, -50, -60};
    CHECK(trackNoiseFloor(levels, floorOptions(60, 40, 0.0f)) ==
          std::vector<float>{-30, -30, -50, -50, -60, -60});
}

TEST_CASE("the noise floor takes levels out of range without breaking", "[vad][floor]")
{
    const float inf = std::numeric_limits<float>::infinity();
    const std::vector<float> levels{std::numeric_limits<float>::quiet_NaN(), -inf, inf, 40, -50};
    const auto floor = trackNoiseFloor(levels, floorOptions(1000, 1000, 0.5f));
    REQUIRE(floor.size() == levels.size());
    CHECK(floor[0] == -50.0f); // NaN and -inf count as silence, inf and 40 dB as the top
}
