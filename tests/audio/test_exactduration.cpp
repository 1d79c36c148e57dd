#include "audio/core/decoder.h"
#include "audio/core/exactduration.h"
#include "audio/core/probe.h"
#include "tests/audio/audiotestsupport.h"

#include <catch2/catch.hpp>

using namespace callqa::audio;
using namespace callqa::audio::test;

TEST_CASE("an MP3 without a Xing header gets its exact duration by decoding", "[duration]")
{
    TempDir dir;
    // VBR with loud noise then silence: the bitrate of the start misleads the estimate.
    const std::string source =
        "-f lavfi -i \"aevalsrc=exprs='(random(0)*2-1)*0.8*lt(t,2)':s=16000:d=8\" ";
    const std::string path =
        ffmpeg(dir, "noxing.mp3", source + "-c:a libmp3lame -q:a 2 -write_xing 0");

    const ProbeResult probe = probeFile(path);
    REQUIRE(probe.ok);
    CHECK_FALSE(probe.durationExact);

    auto measured = measureExactDurationMs(path);
    REQUIRE(measured.ok());
    // Without the Xing/LAME tag nothing trims the encoder delay and padding: at most two
    // 1152-sample frames (144 ms) more than the 8 s that went in.
    CHECK(measured.value() >= 8000);
    CHECK(measured.value() <= 8000 + 144);
    INFO("estimated " << probe.durationMs << " ms, measured " << measured.value() << " ms");
    CHECK(std::abs(probe.durationMs - measured.value()) > 500); // the estimate is off

    Decoder decoder = openOrFail(path);
    const auto frames = static_cast<std::int64_t>(decodeAll(decoder).size());
    CHECK(measured.value() == frames * 1000 / 16000); // what playback will see
}

TEST_CASE("exact durations of files with trustworthy headers agree with probe", "[duration]")
{
    TempDir dir;
    const std::string wav = ffmpeg(dir, "a.wav", sineSource(8000, 3.0, {440}) + " -c:a pcm_mulaw");
    const std::string mp3 =
        ffmpeg(dir, "a.mp3", sineSource(8000, 3.0, {440}) + " -c:a libmp3lame -b:a 32k");
    for (const std::string& path : {wav, mp3}) {
        INFO(path);
        const ProbeResult probe = probeFile(path);
        REQUIRE(probe.ok);
        CHECK(probe.durationExact);
        auto measured = measureExactDurationMs(path);
        REQUIRE(measured.ok());
        CHECK(measured.value() == 3000);
    }
    auto missing = measureExactDurationMs(dir.path("missing.mp3"));
    CHECK_FALSE(missing.ok());
}

TEST_CASE("probeFile reports format, codec and refuses non-audio", "[probe]")
{
    TempDir dir;
    const std::string gsm =
        ffmpeg(dir, "g.wav", sineSource(8000, 1.0, {440}) + " -c:a gsm_ms -ar 8000 -ac 1");
    const ProbeResult probe = probeFile(gsm);
    REQUIRE(probe.ok);
    CHECK(probe.format == "wav");
    CHECK(probe.codec == "gsm_ms");
    CHECK(probe.sampleRate == 8000);
    CHECK(probe.channels == 1);
    CHECK(probe.durationMs == Approx(1000).margin(40));

    const std::string image = ffmpeg(dir, "i.png", "-f lavfi -i color=c=red:s=16x16 -frames:v 1");
    const ProbeResult notAudio = probeFile(image);
    CHECK_FALSE(notAudio.ok);
    CHECK(notAudio.error == "no audio stream");
}
