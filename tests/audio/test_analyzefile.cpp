#include "audio/core/analyzefile.h"
#include "tests/audio/audiotestsupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <sstream>

using namespace callqa::audio;
using namespace callqa::audio::test;

namespace {

// 20 s stereo call at 8 kHz. Agent (left, 300 Hz): 0.5-3.0 s, 12.0-14.0 s. Customer (right,
// 500 Hz): 2.5-6.0 s, 13.5-15.0 s and 15.2-16.5 s (a 200 ms pause, inside the hangover).
std::string callSource()
{
    const std::string left = "0.5*sin(2*PI*300*t)*(between(t,0.5,3.0)+between(t,12,14))";
    const std::string right =
        "0.3*sin(2*PI*500*t)*(between(t,2.5,6.0)+between(t,13.5,15.0)+between(t,15.2,16.5))";
    return "-f lavfi -i \"aevalsrc=exprs='" + left + "|" + right + "':s=8000:d=20\"";
}

constexpr std::int64_t kToleranceMs = 60;

void checkSegment(const Segment& got, const Segment& expected)
{
    INFO("segment " << got.startMs << ".." << got.endMs << ", expected " << expected.startMs << ".."
                    << expected.endMs);
    CHECK(std::abs(got.startMs - expected.startMs) <= kToleranceMs);
    CHECK(std::abs(got.endMs - expected.endMs) <= kToleranceMs);
}

void checkSegments(const std::vector<Segment>& got, const std::vector<Segment>& expected)
{
    REQUIRE(got.size() == expected.size());
    for (std::size_t i = 0; i < got.size(); ++i)
        checkSegment(got[i], expected[i]);
}

} // namespace

TEST_CASE("analyzeFile finds who talks when in a generated stereo call", "[analyze]")
{
    TempDir dir;
    const std::string wav = ffmpeg(dir, "call.wav", callSource() + " -c:a pcm_mulaw");
    const std::string opus = ffmpeg(dir, "call.ogg", callSource() + " -c:a libopus -b:a 32k");
    const std::string mp3 = ffmpeg(dir, "call.mp3", callSource() + " -c:a libmp3lame -b:a 32k");
    for (const std::string& path : {wav, opus, mp3}) {
        INFO(path);
        auto result = analyzeFile(path);
        INFO(result.error());
        REQUIRE(result.ok());
        const Analysis& a = result.value();
        CHECK(a.channels == 2);
        CHECK(a.durationMs == Approx(20000).margin(kToleranceMs));
        REQUIRE(a.talk.has_value());
        const TalkMetrics& talk = *a.talk;
        REQUIRE(talk.channels.size() == 2);
        checkSegments(talk.channels[0].segments, {{500, 3000}, {12000, 14000}});
        checkSegments(talk.channels[1].segments, {{2500, 6000}, {13500, 16500}});
        checkSegments(talk.overtalk, {{2500, 3000}, {13500, 14000}});
        checkSegments(talk.deadAir, {{6000, 12000}}); // 16.5-20 s is only 3.5 s
        // each of the two segments per side grows by the detector's edge at both ends
        const std::int64_t edges = 2 * 2 * VadOptions{}.edgeMs;
        CHECK(talk.channels[0].talkMs == Approx(4500 + edges).margin(2 * kToleranceMs));
        CHECK(talk.channels[1].talkMs == Approx(6500 + edges).margin(2 * kToleranceMs));
        CHECK(talk.channels[0].share == Approx(0.409).margin(0.02));
        checkSegment(talk.channels[0].longestMonologue, {500, 3000});
        checkSegment(talk.channels[1].longestMonologue, {2500, 6000});

        // Peaks: 10 ms buckets, the two sides in their own lanes.
        const Peaks& peaks = a.peaks;
        CHECK(peaks.channels() == 2);
        CHECK(peaks.sampleRate() == a.sampleRate);
        CHECK(peaks.bucketCount() == Approx(2000).margin(6));
        const auto at = [&](double seconds) { return static_cast<std::size_t>(seconds * 100); };
        CHECK(peaks.max(at(1.0), 0) > 12000); // agent talks, about 0.5 full scale
        CHECK(peaks.max(at(1.0), 1) < 700);   // customer silent
        CHECK(peaks.max(at(5.0), 0) < 700);
        CHECK(peaks.max(at(5.0), 1) > 7000); // customer, about 0.3
        CHECK(peaks.min(at(5.0), 1) < -7000);
    }
}

TEST_CASE("a mono recording has one side and no overtalk", "[analyze]")
{
    TempDir dir;
    const std::string path =
        ffmpeg(dir, "mono.wav",
               "-f lavfi -i \"aevalsrc=exprs='0.5*sin(2*PI*300*t)*between(t,1,2)':s=16000:d=9\" "
               "-c:a pcm_s16le");
    auto result = analyzeFile(path);
    REQUIRE(result.ok());
    const TalkMetrics& talk = *result.value().talk;
    REQUIRE(talk.channels.size() == 1);
    checkSegments(talk.channels[0].segments, {{1000, 2000}});
    CHECK(talk.overtalk.empty());
    CHECK(talk.channels[0].share == 1.0);
    checkSegments(talk.deadAir, {{2000, 9000}});
}

TEST_CASE("a quiet customer under agent bleed and mains hum is heard only where it speaks",
          "[analyze]")
{
    // The agent (left, 300 Hz) with 50 Hz hum; the customer (right, 500 Hz) 24 dB below the
    // agent, with the agent's voice bleeding into its channel 20 dB down. Same timing as
    // callSource().
    const std::string agentOn = "(between(t,0.5,3.0)+between(t,12,14))";
    const std::string customerOn = "(between(t,2.5,6.0)+between(t,13.5,15.0)+between(t,15.2,16.5))";
    const std::string left =
        "0.5*sin(2*PI*300*t)*" + agentOn + "+0.05*sin(2*PI*50*t)+0.025*sin(2*PI*150*t)";
    const std::string right =
        "0.0315*sin(2*PI*500*t)*" + customerOn + "+0.05*sin(2*PI*300*t)*" + agentOn;
    TempDir dir;
    const std::string wav = ffmpeg(dir, "call.wav",
                                   "-f lavfi -i \"aevalsrc=exprs='" + left + "|" + right +
                                       "':s=8000:d=20\" -c:a pcm_s16le");
    auto result = analyzeFile(wav);
    REQUIRE(result.ok());
    const TalkMetrics& talk = *result.value().talk;
    REQUIRE(talk.channels.size() == 2);
    checkSegments(talk.channels[0].segments, {{500, 3000}, {12000, 14000}});
    checkSegments(talk.channels[1].segments, {{2500, 6000}, {13500, 16500}});
    checkSegments(talk.overtalk, {{2500, 3000}, {13500, 14000}});
    CHECK_FALSE(result.value().channelsCarrySameSignal);
}

TEST_CASE("a stereo file whose channels carry one signal is analysed as one channel", "[analyze]")
{
    TempDir dir;
    // a mono mix written to both channels
    const std::string twice = ffmpeg(
        dir, "twice.wav",
        "-f lavfi -i \"aevalsrc=exprs='0.5*sin(2*PI*300*t)*between(t,1,2)':s=8000:d=9\" -ac 2 "
        "-c:a pcm_s16le");
    // a two-sided call through an encoder that downmixes at this bitrate
    const std::string opus = ffmpeg(dir, "call.opus", callSource() + " -c:a libopus -b:a 16k");
    for (const std::string& path : {twice, opus}) {
        INFO(path);
        auto result = analyzeFile(path);
        REQUIRE(result.ok());
        CHECK(result.value().channels == 2);
        CHECK(result.value().channelsCarrySameSignal);
        REQUIRE(result.value().talk->channels.size() == 1);
        CHECK(result.value().talk->overtalk.empty());
        CHECK(result.value().peaks.channels() == 2); // the waveform keeps both lanes
    }
    auto stereo = analyzeFile(ffmpeg(dir, "call.wav", callSource() + " -c:a pcm_s16le"));
    REQUIRE(stereo.ok());
    CHECK_FALSE(stereo.value().channelsCarrySameSignal);
    CHECK(stereo.value().talk->channels.size() == 2);
}

TEST_CASE("analysis options: peaks only, bucket size, progress and cancel", "[analyze]")
{
    TempDir dir;
    const std::string path = ffmpeg(dir, "call.wav", callSource() + " -c:a pcm_s16le");

    AnalysisOptions peaksOnly;
    peaksOnly.talk = false;
    peaksOnly.samplesPerBucket = 800;
    auto fast = analyzeFile(path, peaksOnly);
    REQUIRE(fast.ok());
    CHECK_FALSE(fast.value().talk.has_value());
    CHECK(fast.value().peaks.bucketCount() == 200);
    // the same as deriving the coarse level from the default 10 ms one
    auto full = analyzeFile(path);
    REQUIRE(full.ok());
    CHECK(full.value().peaks.coarser(10) == fast.value().peaks);
    CHECK(full.value().frames == 160000);

    std::int64_t last = -1;
    AnalysisOptions watched;
    watched.progress = [&](std::int64_t ms) {
        CHECK(ms >= last);
        last = ms;
        return true;
    };
    REQUIRE(analyzeFile(path, watched).ok());
    CHECK(last == 20000);

    INFO("peaks so far are handed over as decoding goes, each a prefix of the final ones");
    std::vector<std::int64_t> partialFrames;
    AnalysisOptions growing;
    growing.partialEveryMs = 5000;
    growing.partialPeaks = [&](Peaks partial) {
        partialFrames.push_back(partial.frames());
        CHECK(partial.bucketCount() <= full.value().peaks.bucketCount());
        CHECK(partial.frames() % 80 == 0); // whole 10 ms buckets only
    };
    REQUIRE(analyzeFile(path, growing).ok());
    REQUIRE(partialFrames.size() >= 3);
    CHECK(std::is_sorted(partialFrames.begin(), partialFrames.end()));
    CHECK(partialFrames.front() >= 5000 * 8);
    CHECK(partialFrames.back() <= 160000);

    AnalysisOptions cancelled;
    cancelled.progress = [](std::int64_t ms) { return ms < 5000; };
    auto stopped = analyzeFile(path, cancelled);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error() == "cancelled");

    const std::vector<std::uint8_t> bytes = readBytes(path);
    auto fromMemory = analyzeBuffer(bytes);
    REQUIRE(fromMemory.ok());
    CHECK(fromMemory.value().peaks == full.value().peaks);

    auto broken = analyzeFile(dir.path("missing.wav"));
    CHECK_FALSE(broken.ok());
}

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer keeps freed blocks in quarantine (256 MiB by default) and pads every block, so
// its RSS counts what it holds, not what the analysis holds: the bound there is only against
// runaway growth. The plain build checks the real bound.
constexpr long kRssBoundKiB = 160 * 1024;
#else
constexpr long kRssBoundKiB = 64 * 1024;
#endif

TEST_CASE("memory stays bounded on a long recording", "[analyze][memory]")
{
    TempDir dir;
    // 30 minutes of stereo 8 kHz u-law: decoded to float in full it would take 110 MiB.
    const std::string path =
        ffmpeg(dir, "long.wav", "-f lavfi -i sine=f=300:r=8000:d=1800 -ac 2 -c:a pcm_mulaw");
    const RssGrowth growth;
    auto result = analyzeFile(path);
    REQUIRE(result.ok());
    CHECK(result.value().frames == 8000 * 1800);
    INFO("peak RSS growth " << growth.kib() << " KiB");
    CHECK(growth.kib() < kRssBoundKiB);
}
