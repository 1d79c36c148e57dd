#include "audio/core/decoder.h"
#include "tests/audio/audiotestsupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace callqa::audio;
using namespace callqa::audio::test;

namespace {

struct SeekFormat {
    const char* name;
    const char* file;
    int rate;
    int channels;
    const char* codecArgs;
    // Largest difference allowed between the samples after a seek and the same samples in a
    // straight decode: 0 where decoding is stateless or the pre-roll rebuilds the state exactly.
    float tolerance;
};

const SeekFormat kSeekFormats[] = {
    {"WAV PCM 16 kHz", "pcm.wav", 16000, 2, "-c:a pcm_s16le", 0.0f},
    {"WAV u-law", "ulaw.wav", 8000, 1, "-c:a pcm_mulaw", 0.0f},
    {"FLAC", "a.flac", 16000, 2, "-c:a flac", 0.0f},
    {"MP3", "a.mp3", 16000, 2, "-c:a libmp3lame -b:a 64k", 0.0f},
    {"MP3 8 kHz", "b.mp3", 8000, 1, "-c:a libmp3lame -b:a 16k", 0.0f},
    {"MP3 without Xing header", "c.mp3", 16000, 1, "-c:a libmp3lame -b:a 32k -write_xing 0", 0.0f},
    {"Opus in Ogg", "a.opus", 16000, 2, "-c:a libopus -b:a 32k", 0.0f},
    // AAC fills some bands with noise from the decoder's random generator (PNS), which a seek
    // cannot replay: those bands differ at about -110 dBFS. Everything else is exact.
    {"AAC in M4A", "a.m4a", 16000, 2, "-c:a aac -b:a 64k", 1e-4f},
    {"GSM in WAV", "gsm.wav", 8000, 1, "-c:a gsm_ms -ar 8000 -ac 1", 0.0f},
};

// A chirp: never periodic, so a seek that lands a period off cannot pass.
std::string chirp(int rate, int channels, double seconds)
{
    const std::string left = "0.4*sin(2*PI*(150+200*t)*t)";
    const std::string right = "0.4*sin(2*PI*(900-150*t)*t)";
    return "-f lavfi -i \"aevalsrc=exprs='" + left + (channels == 2 ? "|" + right : "") +
           "':s=" + std::to_string(rate) + ":d=" + std::to_string(seconds) + "\"";
}

} // namespace

TEST_CASE("a seek lands on the sample a straight decode has there", "[seek]")
{
    TempDir dir;
    constexpr std::size_t kCompare = 2048;
    for (const SeekFormat& format : kSeekFormats) {
        INFO(format.name);
        const std::string path = ffmpeg(
            dir, format.file, chirp(format.rate, format.channels, 3.0) + " " + format.codecArgs);
        Decoder straight = openOrFail(path);
        const std::vector<float> reference = decodeAll(straight);
        const int rate = straight.sampleRate();
        const auto channels = static_cast<std::size_t>(straight.channels());
        const auto frames = static_cast<std::int64_t>(reference.size() / channels);

        Decoder decoder = openOrFail(path);
        const std::int64_t targets[] = {rate * 2 + 5,  0,  1, 4321, rate + 777, rate / 2,
                                        frames - 3000, 333};
        for (const std::int64_t target : targets) {
            INFO("target " << target);
            REQUIRE(decoder.seek(target).ok());
            CHECK(decoder.position() == target);
            std::vector<float> got(kCompare * channels);
            auto n = decoder.read(got.data(), kCompare);
            REQUIRE(n.ok());
            const auto expected = std::min<std::int64_t>(kCompare, frames - target);
            REQUIRE(static_cast<std::int64_t>(n.value()) == expected);
            CHECK(decoder.position() == target + expected);
            float worst = 0.0f;
            for (std::size_t i = 0; i < n.value() * channels; ++i)
                worst = std::max(
                    worst,
                    std::abs(got[i] - reference[static_cast<std::size_t>(target) * channels + i]));
            CHECK(worst <= format.tolerance);
        }
    }
}

TEST_CASE("seekMs and positionMs count in milliseconds, past the end reads nothing", "[seek]")
{
    TempDir dir;
    const std::string path = ffmpeg(dir, "a.flac", chirp(8000, 1, 2.0) + " -c:a flac");
    Decoder decoder = openOrFail(path);
    REQUIRE(decoder.seekMs(1250).ok());
    CHECK(decoder.position() == 10000);
    CHECK(decoder.positionMs() == 1250);
    std::vector<float> buffer(800);
    REQUIRE(decoder.read(buffer.data(), 800).value() == 800);
    CHECK(decoder.positionMs() == 1350);

    REQUIRE(decoder.seekMs(5000).ok());
    auto n = decoder.read(buffer.data(), 800);
    REQUIRE(n.ok());
    CHECK(n.value() == 0);
    CHECK(decoder.atEnd());

    REQUIRE(decoder.seek(0).ok()); // and back again after the end
    CHECK_FALSE(decoder.atEnd());
    CHECK(decoder.read(buffer.data(), 800).value() == 800);
}

TEST_CASE("a seek with rate conversion lands within the resampler's start-up", "[seek]")
{
    TempDir dir;
    const std::string path = ffmpeg(dir, "a.wav", chirp(16000, 1, 2.0) + " -c:a pcm_s16le");
    Decoder straight = openOrFail(path, {8000, 1, 1.0});
    const std::vector<float> reference = decodeAll(straight);
    Decoder decoder = openOrFail(path, {8000, 1, 1.0});
    constexpr std::int64_t kTarget = 6001;
    REQUIRE(decoder.seek(kTarget).ok());
    std::vector<float> got(2048);
    REQUIRE(decoder.read(got.data(), got.size()).value() == got.size());
    // swr starts with an empty filter history after the reset: its first taps differ.
    constexpr std::size_t kSettle = 64;
    float worst = 0.0f;
    for (std::size_t i = kSettle; i < got.size(); ++i)
        worst =
            std::max(worst, std::abs(got[i] - reference[static_cast<std::size_t>(kTarget) + i]));
    CHECK(worst < 1e-3f);
}
