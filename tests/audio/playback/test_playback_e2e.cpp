// End to end through a real sound server: the `pulse` fixture's null sink, recorded from its
// monitor with parec. Tolerances allow for device latency and a slow (sanitized) build, but each
// check would fail on wrong audio, a seek to the wrong place, dropped or repeated audio, or a
// pitch that follows the speed.
#include "audio/playback/playbackengine.h"
#include "tests/audio/audiotestsupport.h"
#include "tests/audio/playback/monitorrecorder.h"
#include "tests/audio/playback/waituntil.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <cmath>

using namespace callqa::audio;
using namespace callqa::audio::test;

namespace {

constexpr int kTimeoutMs = 60000;
constexpr double kTimingSlack = 0.15; // s, on a 20 ms analysis grid

// 12 s, mono MP3 at 22.05 kHz: 400 Hz for 2 s, then 600, 800, 1000, 1200, 1400 Hz.
std::string steppedFile(const TempDir& dir)
{
    return ffmpeg(dir, "steps.mp3",
                  "-f lavfi -i \"aevalsrc=exprs='0.5*sin(2*PI*(400+200*floor(t/2))*t)':s=22050:"
                  "d=12\" -c:a libmp3lame -b:a 64k");
}

void openOrFail(PlaybackEngine& engine, const std::string& path)
{
    const PlaybackResult opened = engine.open(QString::fromStdString(path));
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
}

void playUntil(PlaybackEngine& engine, qint64 positionMs)
{
    engine.play();
    INFO(engine.errorString().toStdString());
    REQUIRE(engine.state() == PlaybackEngine::State::Playing);
    REQUIRE(waitUntil([&] { return engine.position() >= positionMs; }, kTimeoutMs));
}

} // namespace

TEST_CASE("plays the file's tones at the file's pace on the clock of consumed frames", "[e2e]")
{
    TempDir dir;
    const std::string file = steppedFile(dir);
    MonitorRecorder recorder;
    PlaybackEngine engine;
    openOrFail(engine, file);
    CHECK(engine.duration() >= 11900);
    QElapsedTimer wall;
    wall.start();
    playUntil(engine, 3000);
    // The clock counts frames the sink took: it never runs ahead of real time by more than the
    // sink's own buffer.
    CHECK(wall.elapsed() >= 3000 - 250);
    REQUIRE(waitUntil([&] { return engine.position() >= 4500; }, kTimeoutMs));
    engine.stop();
    CHECK(engine.position() == 0);
    const auto latency = engine.firstSampleLatency();
    CHECK_FALSE(latency.has_value()); // stop() is a new start: nothing handed since

    const std::vector<float> audio = recorder.finish();
    for (int channel = 0; channel < 2; ++channel) {
        const std::vector<ToneRun> runs = toneRuns(audio, channel);
        INFO("channel " << channel << ": " << describe(runs));
        const ToneRun* first = findRun(runs, 400);
        const ToneRun* second = findRun(runs, 600);
        REQUIRE(first);
        REQUIRE(second);
        CHECK(std::abs(first->length - 2.0) <= kTimingSlack);
        CHECK(std::abs(second->start - (first->start + 2.0)) <= kTimingSlack);
        CHECK(std::abs(second->length - 2.0) <= kTimingSlack);
    }
}

TEST_CASE("a seek while playing lands on the right part of the file", "[e2e]")
{
    TempDir dir;
    const std::string file = steppedFile(dir);
    MonitorRecorder recorder;
    PlaybackEngine engine;
    openOrFail(engine, file);
    playUntil(engine, 1000);
    engine.seek(7000);
    CHECK(engine.position() >= 7000);
    CHECK(engine.position() < 7100);
    REQUIRE(waitUntil([&] { return engine.position() >= 8700; }, kTimeoutMs));
    const auto latency = engine.firstSampleLatency();
    REQUIRE(latency.has_value());
    CHECK(latency->count() < 2000000);
    engine.stop();

    const std::vector<float> audio = recorder.finish();
    const std::vector<ToneRun> runs = toneRuns(audio, 0);
    INFO(describe(runs));
    const ToneRun* before = findRun(runs, 400);
    const ToneRun* landed = findRun(runs, 1000);
    const ToneRun* after = findRun(runs, 1200);
    REQUIRE(before);
    REQUIRE(landed);
    REQUIRE(after);
    CHECK(before->length >= 0.8);
    CHECK(landed->start > before->start);
    // 7.0 s to 8.0 s of the file is 1000 Hz: one second of it, then 1200 Hz.
    CHECK(std::abs(landed->length - 1.0) <= kTimingSlack);
    CHECK(std::abs(after->start - (landed->start + 1.0)) <= kTimingSlack);
    // Nothing from between the old and the new place.
    CHECK_FALSE(findRun(runs, 600, 0.1));
    CHECK_FALSE(findRun(runs, 800, 0.1));
}

TEST_CASE("mute and solo of the agent's and the customer's channel", "[e2e]")
{
    TempDir dir;
    // Agent left at 440 Hz, customer right at 1000 Hz.
    const std::string file = ffmpeg(dir, "call.wav", sineSource(16000, 6.0, {440, 1000}));
    struct Row {
        const char* what;
        ChannelFocus focus;
        double left, right; // Hz heard; 0 = silence
    };
    const Row rows[] = {
        {"both sides", {}, 440, 1000},
        {"customer muted", {false, true, {}}, 440, 0},
        {"agent muted", {true, false, {}}, 0, 1000},
        {"customer solo, centred", {false, false, CallSide::Customer}, 1000, 1000},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        MonitorRecorder recorder;
        PlaybackEngine engine;
        openOrFail(engine, file);
        engine.setChannelMap({0, 1});
        if (row.focus.agentMuted)
            engine.setMuted(CallSide::Agent, true);
        if (row.focus.customerMuted)
            engine.setMuted(CallSide::Customer, true);
        engine.setSolo(row.focus.solo);
        playUntil(engine, 1500);
        engine.stop();
        const std::vector<float> audio = recorder.finish();
        const double expected[2] = {row.left, row.right};
        for (int channel = 0; channel < 2; ++channel) {
            const std::vector<ToneRun> runs = toneRuns(audio, channel);
            INFO("channel " << channel << ": " << describe(runs));
            if (expected[channel] > 0) {
                const ToneRun* tone = findRun(runs, expected[channel], 1.0);
                CHECK(tone);
                CHECK_FALSE(findRun(runs, expected[channel] == 440 ? 1000 : 440, 0.1));
            } else {
                bool silent = true;
                for (const ToneRun& run : runs)
                    silent = silent && run.hz == 0;
                CHECK(silent);
            }
        }
    }
}

TEST_CASE("1.5x speed keeps the pitch and plays the file 1.5 times as fast", "[e2e]")
{
    TempDir dir;
    const std::string file = steppedFile(dir);
    MonitorRecorder recorder;
    PlaybackEngine engine;
    openOrFail(engine, file);
    REQUIRE(engine.setSpeed(1.5));
    QElapsedTimer wall;
    wall.start();
    playUntil(engine, 4500);
    // 4.5 s of the file in about 3 s.
    CHECK(wall.elapsed() >= 3000 - 250);
    engine.stop();

    const std::vector<float> audio = recorder.finish();
    const std::vector<ToneRun> runs = toneRuns(audio, 0);
    INFO(describe(runs));
    const ToneRun* first = findRun(runs, 400);
    const ToneRun* second = findRun(runs, 600);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(std::abs(first->length - 2.0 / 1.5) <= kTimingSlack);
    CHECK(std::abs(second->start - (first->start + 2.0 / 1.5)) <= kTimingSlack);
    CHECK_FALSE(findRun(runs, 600 * 1.5, 0.1)); // a pitch shift would show up as 900 Hz
}

TEST_CASE("playback stops by itself at the end and rewinds", "[e2e]")
{
    TempDir dir;
    const std::string file = ffmpeg(dir, "short.wav", sineSource(8000, 1.5, {440}));
    PlaybackEngine engine;
    openOrFail(engine, file);
    QList<PlaybackEngine::State> states;
    QObject::connect(&engine, &PlaybackEngine::stateChanged,
                     [&](PlaybackEngine::State state) { states << state; });
    engine.play();
    REQUIRE(engine.state() == PlaybackEngine::State::Playing);
    REQUIRE(
        waitUntil([&] { return engine.state() == PlaybackEngine::State::Stopped; }, kTimeoutMs));
    CHECK(states == QList<PlaybackEngine::State>{PlaybackEngine::State::Playing,
                                                 PlaybackEngine::State::Stopped});
    CHECK(engine.position() == 0);
    engine.play(); // plays again from the start
    CHECK(engine.state() == PlaybackEngine::State::Playing);
    engine.stop();
}

TEST_CASE("pause holds the position and resume goes on from it", "[e2e]")
{
    TempDir dir;
    const std::string file = ffmpeg(dir, "tone.wav", sineSource(16000, 8.0, {440}));
    PlaybackEngine engine;
    openOrFail(engine, file);
    playUntil(engine, 800);
    engine.pause();
    CHECK(engine.state() == PlaybackEngine::State::Paused);
    const qint64 held = engine.position();
    QElapsedTimer idle;
    idle.start();
    waitUntil([&] { return idle.elapsed() > 400; }, 5000);
    CHECK(std::abs(engine.position() - held) <= 30);
    playUntil(engine, held + 500);
    CHECK(engine.state() == PlaybackEngine::State::Playing);
    engine.stop();
}

TEST_CASE("a call in two legs plays as one stereo stream and seeks on both", "[e2e][legs]")
{
    TempDir dir;
    // Agent's leg (8 kHz u-law): 440 Hz; the customer's (MP3): 400 Hz for 2 s, then 600, 800...
    const std::string agent =
        ffmpeg(dir, "call-agent.wav", sineSource(8000, 12.0, {440}) + " -c:a pcm_mulaw");
    const std::string customer = steppedFile(dir);
    MonitorRecorder recorder;
    PlaybackEngine engine;
    const PlaybackResult opened =
        engine.open(QString::fromStdString(agent), QString::fromStdString(customer));
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    CHECK(engine.duration() >= 11900);
    engine.setChannelMap({0, 1});
    playUntil(engine, 1000);
    engine.seek(7000);
    REQUIRE(waitUntil([&] { return engine.position() >= 8700; }, kTimeoutMs));
    engine.stop();

    const std::vector<float> audio = recorder.finish();
    const std::vector<ToneRun> left = toneRuns(audio, 0);
    const std::vector<ToneRun> right = toneRuns(audio, 1);
    INFO("left: " << describe(left) << "; right: " << describe(right));
    CHECK(findRun(left, 440, 2.0));
    CHECK_FALSE(findRun(left, 1000, 0.1));
    const ToneRun* before = findRun(right, 400);
    const ToneRun* landed = findRun(right, 1000);
    REQUIRE(before);
    REQUIRE(landed);
    // 7.0 s to 8.0 s of the customer's leg is 1000 Hz: one second of it.
    CHECK(std::abs(landed->length - 1.0) <= kTimingSlack);
    CHECK_FALSE(findRun(right, 600, 0.1));
    CHECK_FALSE(findRun(right, 440, 0.1));
}
