#include "audio/core/voiceactivity.h"
#include "tests/audio/segmentstring.h"

#include <catch2/catch.hpp>

#include <string>

using namespace callqa::audio;

namespace {

std::vector<std::uint8_t> flags(const std::string& pattern)
{
    std::vector<std::uint8_t> out;
    for (const char c : pattern)
        out.push_back(c == '1' ? 1 : 0);
    return out;
}

} // namespace

TEST_CASE("activeRuns bridges short pauses and drops short bursts", "[vad]")
{
    struct Row {
        const char* pattern;
        std::size_t hangover;
        std::size_t minFrames;
        std::vector<FrameRun> expected;
    };
    const Row rows[] = {
        {"", 0, 0, {}},
        {"0000", 3, 1, {}},
        {"0110", 0, 1, {{1, 3}}},
        {"1111", 0, 1, {{0, 4}}},
        {"11011", 2, 1, {{0, 5}}},         // a 1-frame pause inside the hangover
        {"11011", 1, 1, {{0, 2}, {3, 5}}}, // a pause as long as the hangover splits
        {"1100011", 3, 1, {{0, 2}, {5, 7}}},
        {"1100011", 4, 1, {{0, 7}}},
        {"1011100", 0, 2, {{2, 5}}}, // the 1-frame click is dropped
        {"101", 2, 3, {{0, 3}}},     // bridged first, then long enough
        {"1000000001", 2, 1, {{0, 1}, {9, 10}}},
    };
    for (const Row& row : rows) {
        INFO(row.pattern << " hangover " << row.hangover << " min " << row.minFrames);
        CHECK(activeRuns(flags(row.pattern), row.hangover, row.minFrames) == row.expected);
    }
}

TEST_CASE("speechSegments turns activity flags into milliseconds", "[vad]")
{
    VadOptions options; // 20 ms frames, 300 ms hangover, 100 ms minimum
    options.edgeMs = 0;
    const int frameSamples = vadFrameSamples(options, 8000);
    REQUIRE(frameSamples == 160);

    std::vector<std::uint8_t> active(100, 0); // 2 s
    for (std::size_t i = 5; i < 15; ++i)      // 100..300 ms: speech
        active[i] = 1;
    for (std::size_t i = 20; i < 30; ++i) // after a 100 ms pause (< hangover): same segment
        active[i] = 1;
    active[60] = 1;                        // a 20 ms click: too short
    for (std::size_t i = 92; i < 100; ++i) // to the end, which is a partial frame
        active[i] = 1;
    const std::int64_t total = 99 * 160 + 80;

    const auto segments = speechSegments(active, options, frameSamples, 8000, total);
    REQUIRE(segments.size() == 2);
    CHECK(segments[0] == Segment{100, 600});
    CHECK(segments[1] == Segment{1840, 1990}); // cut where the audio ends

    options.minSpeechMs = 20;
    const auto withClick = speechSegments(active, options, frameSamples, 8000, total);
    REQUIRE(withClick.size() == 3);
    CHECK(withClick[1] == Segment{1200, 1220});

    options.hangoverMs = 60;
    const auto split = speechSegments(active, options, frameSamples, 8000, total);
    REQUIRE(split.size() == 4);
    CHECK(split[0] == Segment{100, 300});
    CHECK(split[1] == Segment{400, 600});
}

TEST_CASE("speechSegments grows each segment by the edge, clipped and merged", "[vad]")
{
    VadOptions options;
    options.hangoverMs = 0;
    options.minSpeechMs = 0;
    options.edgeMs = 40;
    std::vector<std::uint8_t> active(50, 0); // 1 s at 20 ms
    active[0] = 1;                           // 0-20 ms: cannot grow before 0
    for (std::size_t i = 10; i < 12; ++i)    // 200-240 ms
        active[i] = 1;
    for (std::size_t i = 16; i < 18; ++i) // 320-360 ms: 80 ms after the last, grown to touch
        active[i] = 1;
    active[49] = 1; // 980-1000 ms: cannot grow past the end
    const auto segments = speechSegments(active, options, 160, 8000, 50 * 160);
    CHECK(segments == std::vector<Segment>{{0, 60}, {160, 400}, {940, 1000}});
}

TEST_CASE("decideSpeech starts above the floor plus the onset margin and holds to the release",
          "[vad]")
{
    VadOptions options;
    options.onsetAboveFloorDb = 9.0f;
    options.releaseAboveFloorDb = 5.0f;
    options.minThresholdDb = -60.0f;
    struct Row {
        const char* what;
        std::vector<float> levels;
        float floor;
        const char* expected;
    };
    const Row rows[] = {
        {"below the onset never starts", {-44, -43, -42, -44}, -50, "0000"},
        {"at the onset starts", {-41, -44, -44, -46}, -50, "1110"},
        {"release holds it until below floor + 5", {-45, -41, -45, -45.5f, -44}, -50, "01100"},
        {"the floor moves the thresholds", {-21, -24, -26, -21}, -30, "1101"},
        {"digital silence: the absolute minimum rules", {-70, -59, -61, -60}, -120, "0101"},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const std::vector<float> floor(row.levels.size(), row.floor);
        std::string got;
        for (const std::uint8_t flag : decideSpeech(row.levels, floor, options))
            got += flag ? '1' : '0';
        CHECK(got == row.expected);
    }
}

TEST_CASE("vadFrameSamples rounds the frame to whole samples", "[vad]")
{
    const VadOptions options;
    CHECK(vadFrameSamples(options, 8000) == 160);
    CHECK(vadFrameSamples(options, 44100) == 882);
    CHECK(vadFrameSamples(options, 11025) == 220);
    CHECK(vadFrameSamples(options, 48000) == 960);
    VadOptions tiny;
    tiny.frameMs = 0;
    CHECK(vadFrameSamples(tiny, 8000) == 1);
}
