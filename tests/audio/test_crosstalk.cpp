#include "audio/core/crosstalk.h"

#include <catch2/catch.hpp>

using namespace callqa::audio;

TEST_CASE("crosstalk: a quiet copy of the other side is not speech, its own voice is",
          "[vad][crosstalk]")
{
    const VadOptions options; // 6 dB below, correlation 0.7
    struct Row {
        const char* what;
        float first, second, rho;
        bool firstSpeaks, secondSpeaks;
    };
    const Row rows[] = {
        {"bleed: 20 dB below and fully correlated", -20, -40, 1.0f, true, false},
        {"bleed on the first channel, inverted", -45, -25, -0.95f, false, true},
        {"own speech under the other side: uncorrelated", -20, -40, 0.1f, true, true},
        {"own voice louder than the bleed in it", -20, -40, 0.6f, true, true},
        {"just past the correlation limit", -20, -40, 0.7f, true, false},
        {"both about as loud: nothing is bleed", -20, -24, 1.0f, true, true},
        {"exactly the level gap", -20, -26, 1.0f, true, false},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const std::vector<std::uint8_t> on{1};
        const ActivityPair got =
            dropCrosstalk(on, on, std::vector<float>{row.first}, std::vector<float>{row.second},
                          std::vector<float>{row.rho}, options);
        CHECK(bool(got.first[0]) == row.firstSpeaks);
        CHECK(bool(got.second[0]) == row.secondSpeaks);
    }
}

TEST_CASE("crosstalk never turns a silent frame into speech", "[vad][crosstalk]")
{
    const std::vector<std::uint8_t> first{0, 1, 0};
    const std::vector<std::uint8_t> second{0, 0, 1};
    const std::vector<float> a{-20, -20, -60};
    const std::vector<float> b{-60, -60, -20};
    const std::vector<float> rho{0, 1, 1};
    const ActivityPair got = dropCrosstalk(first, second, a, b, rho, VadOptions{});
    CHECK(got.first == first);
    CHECK(got.second == second);
    const ActivityPair noCorrelation = dropCrosstalk(first, second, a, b, {}, VadOptions{});
    CHECK(noCorrelation.first == first);
    CHECK(noCorrelation.second == second);
}
