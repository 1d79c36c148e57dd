#include "audio/core/talkdetector.h"
#include "tests/audio/segmentstring.h"

#include <catch2/catch.hpp>

using namespace callqa::audio;

namespace {

constexpr int kRate = 8000;
constexpr int kFrame = 160; // 20 ms

struct Call {
    std::vector<std::vector<float>> levels;
    std::vector<float> correlation;
};

// `seconds` of two lines at their noise floors, uncorrelated.
Call lines(int seconds, float firstFloor, float secondFloor)
{
    const auto frames = static_cast<std::size_t>(seconds * 50);
    return {{std::vector<float>(frames, firstFloor), std::vector<float>(frames, secondFloor)},
            std::vector<float>(frames, 0.0f)};
}

// Speech on `channel` from `fromMs` to `toMs` (the last word cut there): words of 200 ms at `db`,
// 60 ms pauses at the
// line's floor between them.
void speak(Call& call, int channel, int fromMs, int toMs, float db)
{
    for (int ms = fromMs; ms < toMs; ms += 20) {
        if ((ms - fromMs) % 260 < 200)
            call.levels[size_t(channel)][size_t(ms / 20)] = db;
    }
}

// The other channel carries a copy of `channel`'s speech `belowDb` quieter where it speaks.
void bleed(Call& call, int channel, float belowDb)
{
    auto& from = call.levels[size_t(channel)];
    auto& to = call.levels[size_t(1 - channel)];
    for (std::size_t i = 0; i < from.size(); ++i) {
        if (from[i] - belowDb > to[i]) {
            to[i] = from[i] - belowDb;
            call.correlation[i] = 0.99f;
        }
    }
}

// Without edge growth (tested with speechSegments), so segments are where the words are.
std::vector<std::vector<Segment>> detect(const Call& call)
{
    VadOptions options;
    options.edgeMs = 0;
    const auto total = std::int64_t(call.levels[0].size()) * kFrame;
    return detectSpeech(call.levels, call.correlation, options, kFrame, kRate, total);
}

} // namespace

TEST_CASE("the detector hears a quiet line 24 dB below the other", "[vad][detector]")
{
    // agent at -20 dB on a -70 dB line, customer 24 dB down (-44 dB) on a -75 dB line
    Call call = lines(30, -70, -75);
    speak(call, 0, 1000, 6000, -20);
    speak(call, 1, 8000, 14000, -44);
    speak(call, 0, 13000, 16000, -20); // overtalk 13-14 s
    const auto segments = detect(call);
    CHECK(segments[0] == std::vector<Segment>{{1000, 6000}, {13000, 16000}});
    CHECK(segments[1] == std::vector<Segment>{{8000, 14000}});
}

TEST_CASE("the detector follows a noisy line instead of a fixed threshold", "[vad][detector]")
{
    // pink-noise-like line at -35 dB on the customer side: above the old fixed -40 dB
    Call call = lines(30, -70, -35);
    speak(call, 1, 2000, 7000, -22);
    const auto segments = detect(call);
    CHECK(segments[0].empty());
    CHECK(segments[1] == std::vector<Segment>{{2000, 7000}});
}

TEST_CASE("the detector does not hear bleed of the other side as speech", "[vad][detector]")
{
    for (const float below : {15.0f, 20.0f, 25.0f}) {
        INFO("bleed " << below << " dB below");
        Call call = lines(30, -70, -70);
        speak(call, 0, 1000, 9000, -20);
        speak(call, 1, 12000, 16000, -22);
        speak(call, 0, 15000, 20000, -20); // real overtalk 15-16 s stays
        bleed(call, 0, below);
        bleed(call, 1, below);
        const auto segments = detect(call);
        CHECK(segments[0] == std::vector<Segment>{{1000, 9000}, {15000, 20000}});
        CHECK(segments[1] == std::vector<Segment>{{12000, 16000}});
    }
}

TEST_CASE("the detector keeps a quiet side's own words spoken over the loud side",
          "[vad][detector]")
{
    Call call = lines(20, -70, -70);
    speak(call, 0, 1000, 9000, -20);
    speak(call, 1, 3000, 5000, -40); // 20 dB quieter, but its own voice: uncorrelated
    const auto segments = detect(call);
    CHECK(segments[1] == std::vector<Segment>{{3000, 5000}});
}

TEST_CASE("the detector on one channel has no crosstalk stage", "[vad][detector]")
{
    Call call = lines(20, -60, -60);
    call.levels.pop_back();
    call.correlation.clear();
    speak(call, 0, 4000, 6000, -30);
    const auto segments = detect(call);
    REQUIRE(segments.size() == 1);
    CHECK(segments[0] == std::vector<Segment>{{4000, 6000}});
}
