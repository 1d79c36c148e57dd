#include "audio/core/analyzefile.h"
#include "audio/core/decoder.h"
#include "tests/audio/audiotestsupport.h"

#include <catch2/catch.hpp>

using namespace callqa::audio;
using namespace callqa::audio::test;

namespace {

// The first leg is longer (2 s at 300 Hz), the second 1.5 s at 500 Hz, both 8 kHz mono.
struct Legs {
    std::string first;
    std::string second;
};

Legs makeLegs(const TempDir& dir, const std::string& secondCodec = "-c:a pcm_s16le",
              const std::string& secondName = "call-out.wav")
{
    return {ffmpeg(dir, "call-in.wav", sineSource(8000, 2.0, {300}) + " -c:a pcm_s16le"),
            ffmpeg(dir, secondName, sineSource(8000, 1.5, {500}) + " " + secondCodec)};
}

Decoder openLegsOrFail(const Legs& legs, const DecoderOptions& options = {})
{
    auto decoder = Decoder::openLegs(legs.first, legs.second, options);
    INFO(decoder.error());
    REQUIRE(decoder.ok());
    return std::move(decoder).value();
}

} // namespace

TEST_CASE("two legs decode side by side, the shorter going on as silence", "[decoder][legs]")
{
    TempDir dir;
    const Legs legs = makeLegs(dir);
    Decoder pair = openLegsOrFail(legs);
    CHECK(pair.legs() == 2);
    CHECK(pair.channels() == 2);
    CHECK(pair.sourceChannels() == 2);
    CHECK(pair.sampleRate() == 8000);
    CHECK(pair.durationMs() == 2000);
    CHECK(pair.durationFrames() == 16000);

    const std::vector<float> both = decodeAll(pair, 333);
    Decoder first = openOrFail(legs.first);
    Decoder second = openOrFail(legs.second);
    const std::vector<float> alone1 = decodeAll(first);
    const std::vector<float> alone2 = decodeAll(second);
    REQUIRE(both.size() == 2 * alone1.size());
    CHECK(channel(both, 2, 0) == alone1);
    const std::vector<float> right = channel(both, 2, 1);
    CHECK(std::vector<float>(right.begin(), right.begin() + std::ptrdiff_t(alone2.size())) ==
          alone2);
    CHECK(std::all_of(right.begin() + std::ptrdiff_t(alone2.size()), right.end(),
                      [](float v) { return v == 0.0f; }));
    CHECK(pair.atEnd());
}

TEST_CASE("a seek in two legs lands on the same sample in both", "[decoder][legs][seek]")
{
    TempDir dir;
    // The second leg is MP3: its seeks need pre-roll, the WAV leg's do not.
    const Legs legs = makeLegs(dir, "-c:a libmp3lame -b:a 32k", "call-out.mp3");
    Decoder straight = openLegsOrFail(legs);
    const std::vector<float> all = decodeAll(straight);
    const auto frames = static_cast<std::int64_t>(all.size() / 2);
    Decoder pair = openLegsOrFail(legs);
    for (const std::int64_t target :
         {std::int64_t{8000}, std::int64_t{0}, std::int64_t{1234}, std::int64_t{11999},
          std::int64_t{12500}, std::int64_t{15000}}) {
        INFO("seek to " << target);
        REQUIRE(pair.seek(target).ok());
        CHECK(pair.position() == target);
        std::vector<float> got(2 * 512);
        auto read = pair.read(got.data(), 512);
        REQUIRE(read.ok());
        const auto expected =
            static_cast<std::size_t>(std::min<std::int64_t>(512, frames - target));
        REQUIRE(read.value() == expected);
        got.resize(2 * expected);
        const auto from = all.begin() + std::ptrdiff_t(2 * target);
        CHECK(got == std::vector<float>(from, from + std::ptrdiff_t(2 * expected)));
    }
    REQUIRE(pair.seek(frames + 10).ok());
    std::vector<float> none(2 * 16);
    auto past = pair.read(none.data(), 16);
    REQUIRE(past.ok());
    CHECK(past.value() == 0);
}

TEST_CASE("legs of other rates and channels are mixed to one channel each at the first's rate",
          "[decoder][legs]")
{
    TempDir dir;
    const std::string first =
        ffmpeg(dir, "a.wav", sineSource(8000, 1.0, {300}) + " -c:a pcm_mulaw");
    const std::string second =
        ffmpeg(dir, "b.ogg", sineSource(16000, 1.0, {500, 500}) + " -c:a libopus -b:a 32k");
    auto pair = Decoder::openLegs(first, second);
    REQUIRE(pair.ok());
    CHECK(pair->sampleRate() == 8000);
    CHECK(pair->channels() == 2);
    const std::vector<float> both = decodeAll(pair.value());
    CHECK(both.size() / 2 == Approx(8000).margin(400));
    const std::vector<float> right = channel(both, 2, 1);
    const std::span<const float> middle(right.data() + 2000, 4000);
    CHECK(zeroCrossingFrequency(middle, 8000) == Approx(500).epsilon(0.02));
    CHECK(rms(middle) == Approx(0.5 / std::sqrt(2.0)).epsilon(0.1));

    auto faster = Decoder::openLegs(first, second, {48000, 2, 2.0});
    REQUIRE(faster.ok());
    CHECK(decodeAll(faster.value()).size() / 2 == Approx(24000).margin(1200));
}

TEST_CASE("a missing or broken leg is an error naming it", "[decoder][legs]")
{
    TempDir dir;
    const Legs legs = makeLegs(dir);
    auto missing = Decoder::openLegs(legs.first, dir.path("gone.wav"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().find("gone.wav") != std::string::npos);
    writeBytes(dir.path("junk.wav"), std::vector<std::uint8_t>(100, 7));
    auto junk = Decoder::openLegs(dir.path("junk.wav"), legs.second);
    REQUIRE_FALSE(junk.ok());
    CHECK(junk.error().find("junk.wav") != std::string::npos);
    auto mono = Decoder::openLegs(legs.first, legs.second, {8000, 1, 1.0});
    REQUIRE_FALSE(mono.ok());
    CHECK(mono.error() == "a recording in two legs plays as two channels");
}

TEST_CASE("analyzeLegs finds who talks when in a call recorded one direction per file",
          "[analyze][legs]")
{
    TempDir dir;
    // Agent 0.5-3.0 s and 12-14 s; customer 2.5-6.0 s; the customer's leg stops at 10 s.
    const std::string agent = ffmpeg(
        dir, "agent.wav",
        "-f lavfi -i \"aevalsrc=exprs='0.5*sin(2*PI*300*t)*(between(t,0.5,3.0)+between(t,12,14))'"
        ":s=8000:d=20\" -c:a pcm_mulaw");
    const std::string customer = ffmpeg(
        dir, "customer.mp3",
        "-f lavfi -i \"aevalsrc=exprs='0.3*sin(2*PI*500*t)*between(t,2.5,6.0)':s=8000:d=10\" "
        "-c:a libmp3lame -b:a 32k");
    auto result = analyzeLegs(agent, customer);
    INFO(result.error());
    REQUIRE(result.ok());
    const Analysis& a = result.value();
    CHECK(a.channels == 2);
    CHECK(a.durationMs == 20000);
    CHECK(a.peaks.channels() == 2);
    CHECK_FALSE(a.channelsCarrySameSignal);
    REQUIRE(a.talk.has_value());
    REQUIRE(a.talk->channels.size() == 2);
    const auto near = [](std::int64_t got, std::int64_t expected) {
        return std::abs(got - expected) <= 60;
    };
    REQUIRE(a.talk->channels[0].segments.size() == 2);
    CHECK(near(a.talk->channels[0].segments[0].startMs, 500));
    CHECK(near(a.talk->channels[0].segments[1].endMs, 14000));
    REQUIRE(a.talk->channels[1].segments.size() == 1);
    CHECK(near(a.talk->channels[1].segments[0].startMs, 2500));
    CHECK(near(a.talk->channels[1].segments[0].endMs, 6000));
    REQUIRE(a.talk->overtalk.size() == 1);
    CHECK(near(a.talk->overtalk[0].startMs, 2500));
    CHECK(near(a.talk->overtalk[0].endMs, 3000));
    // The second span runs past the end of the shorter leg, to the end of the call.
    REQUIRE(a.talk->deadAir.size() == 2);
    CHECK(near(a.talk->deadAir[0].startMs, 6000));
    CHECK(near(a.talk->deadAir[0].endMs, 12000));
    CHECK(near(a.talk->deadAir[1].startMs, 14000));
    CHECK(a.talk->deadAir[1].endMs == 20000);
}
