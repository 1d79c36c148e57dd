#include "audio/core/decoder.h"
#include "tests/audio/audiotestsupport.h"

#include <catch2/catch.hpp>

using namespace callqa::audio;
using namespace callqa::audio::test;

namespace {

constexpr int kRate = 16000;
constexpr double kSeconds = 4.0;

std::string tone(const TempDir& dir)
{
    return ffmpeg(dir, "tone.wav", sineSource(kRate, kSeconds, {440, 440}) + " -c:a pcm_s16le");
}

} // namespace

TEST_CASE("tempo changes the duration and keeps the pitch", "[tempo]")
{
    TempDir dir;
    const std::string path = tone(dir);
    // 2.5 and 3.0 run two atempo stages in a row.
    const double tempo = GENERATE(0.5, 1.5, 2.5, 3.0);
    INFO("tempo " << tempo);
    Decoder decoder = openOrFail(path, {0, 0, tempo});
    CHECK(decoder.tempo() == tempo);
    const std::vector<float> all = decodeAll(decoder);
    const double frames = static_cast<double>(all.size()) / 2;
    CHECK(frames == Approx(kRate * kSeconds / tempo).epsilon(0.01));
    CHECK(decoder.position() == Approx(kRate * kSeconds).epsilon(0.01));
    for (int c = 0; c < 2; ++c) {
        const std::vector<float> side = channel(all, 2, c);
        const std::span<const float> middle(side.data() + side.size() / 4, side.size() / 2);
        CHECK(zeroCrossingFrequency(middle, kRate) == Approx(440).epsilon(0.01));
        CHECK(rms(middle) == Approx(0.5 / std::sqrt(2.0)).epsilon(0.1));
    }
}

TEST_CASE("at 1.0 no filter runs: samples pass untouched", "[tempo]")
{
    TempDir dir;
    const std::string path = tone(dir);
    Decoder plain = openOrFail(path);
    Decoder back = openOrFail(path, {0, 0, 1.5});
    REQUIRE(back.setTempo(1.0).ok());
    CHECK(decodeAll(back) == decodeAll(plain));
}

TEST_CASE("tempo can change while decoding", "[tempo]")
{
    TempDir dir;
    const std::string path = tone(dir);
    Decoder decoder = openOrFail(path);
    std::vector<float> buffer(2 * kRate);
    std::size_t frames = 0;
    const auto readSeconds = [&](double seconds) {
        const auto want = static_cast<std::size_t>(seconds * kRate);
        auto n = decoder.read(buffer.data(), want);
        REQUIRE(n.ok());
        CHECK(n.value() == want);
        frames += n.value();
    };
    readSeconds(0.5); // 0.5 s of media at 1.0
    REQUIRE(decoder.setTempo(1.5).ok());
    readSeconds(0.5);                    // 0.75 s of media
    REQUIRE(decoder.setTempo(1.8).ok()); // same chain shape: a live command
    readSeconds(0.5);                    // 0.9 s
    REQUIRE(decoder.setTempo(2.5).ok()); // two stages: the graph is rebuilt
    const std::vector<float> rest = decodeAll(decoder);
    frames += rest.size() / 2;
    // The media left after 2.15 s plays at 2.5x; the filters' buffers blur the switch points.
    const double expected = 1.5 * kRate + (kSeconds - 2.15) * kRate / 2.5;
    CHECK(static_cast<double>(frames) == Approx(expected).epsilon(0.02));
    const std::vector<float> side = channel(rest, 2, 0);
    CHECK(zeroCrossingFrequency(side, kRate) == Approx(440).epsilon(0.01));

    CHECK_FALSE(decoder.setTempo(0.4).ok());
    CHECK_FALSE(decoder.setTempo(3.1).ok());
    CHECK(decoder.tempo() == 2.5);
}

TEST_CASE("a seek resets the tempo filter and keeps the tempo", "[tempo]")
{
    TempDir dir;
    const std::string path = tone(dir);
    Decoder decoder = openOrFail(path, {0, 0, 1.5});
    std::vector<float> buffer(2 * 4000);
    REQUIRE(decoder.read(buffer.data(), 4000).ok());
    REQUIRE(decoder.seek(kRate).ok());
    CHECK(decoder.position() == kRate);
    CHECK(decoder.tempo() == 1.5);
    const std::vector<float> rest = decodeAll(decoder);
    CHECK(static_cast<double>(rest.size() / 2) ==
          Approx((kSeconds - 1) * kRate / 1.5).epsilon(0.01));
}
