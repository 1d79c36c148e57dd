// The engine without listening to it: bad files, no output device, state and position logic.
#include "audio/playback/playbackengine.h"
#include "tests/audio/audiotestsupport.h"
#include "tests/audio/playback/waituntil.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>

using namespace callqa::audio;
using callqa::audio::test::TempDir;

TEST_CASE("open refuses files that are not audio with a message", "[engine]")
{
    TempDir dir;
    const std::string text = dir.path("notes.wav");
    const std::uint8_t bytes[] = {'h', 'e', 'l', 'l', 'o'};
    test::writeBytes(text, bytes);
    PlaybackEngine engine;
    for (const std::string& path : {text, dir.path("missing.mp3")}) {
        const PlaybackResult result = engine.open(QString::fromStdString(path));
        CHECK_FALSE(result.ok());
        CHECK(result.error().contains(QStringLiteral("Cannot play")));
        CHECK_FALSE(engine.isOpen());
    }
    engine.play(); // nothing open: nothing happens
    CHECK(engine.state() == PlaybackEngine::State::Stopped);
}

// Run by the next test in a child process whose PULSE_SERVER points nowhere (hidden tag: not
// registered on its own).
TEST_CASE("no output device: an error state and everything else works", "[.nodevice]")
{
    TempDir dir;
    const std::string file =
        test::ffmpeg(dir, "call.wav", test::sineSource(8000, 10.0, {440, 1000}));
    PlaybackEngine engine;
    REQUIRE(engine.open(QString::fromStdString(file)).ok());
    CHECK(engine.duration() == 10000);
    QStringList errors;
    QObject::connect(&engine, &PlaybackEngine::errorOccurred,
                     [&](const QString& message) { errors << message; });
    engine.play();
    CHECK(engine.state() == PlaybackEngine::State::Error);
    REQUIRE(errors.size() == 1);
    CHECK(errors.front() == engine.errorString());
    CHECK(engine.errorString().contains(QStringLiteral("audio output")));
    // Position, seek, skip, speed and channel choice keep working without output.
    engine.seek(3000);
    CHECK(engine.position() == 3000);
    engine.skip(PlaybackEngine::kSkipStepMs);
    CHECK(engine.position() == 8000);
    engine.skip(PlaybackEngine::kSkipStepMs);
    CHECK(engine.position() == 10000);
    engine.skip(-4 * PlaybackEngine::kSkipStepMs);
    CHECK(engine.position() == 0);
    CHECK(engine.setSpeed(1.5));
    CHECK_FALSE(engine.setSpeed(3.5));
    CHECK(engine.speed() == 1.5);
    engine.setChannelMap({0, 1});
    engine.setSolo(CallSide::Customer);
    engine.play(); // tries again, fails again, never crashes
    CHECK(engine.state() == PlaybackEngine::State::Error);
    CHECK(errors.size() == 2);
    engine.close();
    CHECK_FALSE(engine.isOpen());
}

TEST_CASE("no output device (PulseAudio unreachable) gives a clear error and no crash", "[engine]")
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CALLQA_TEST_PULSE_STATE"));
    env.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:/nonexistent/callqa/native"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[.nodevice]")});
    REQUIRE(child.waitForStarted(10000));
    REQUIRE(child.waitForFinished(120000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    INFO(output.toStdString());
    CHECK(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);
    CHECK(output.contains(QStringLiteral("All tests passed")));
}

TEST_CASE("seek and skip clamp to the recording and speed outside 0.5..3 is refused", "[engine]")
{
    TempDir dir;
    const std::string file = test::ffmpeg(dir, "tone.wav", test::sineSource(16000, 6.0, {440}));
    PlaybackEngine engine;
    QList<qint64> durations;
    QObject::connect(&engine, &PlaybackEngine::durationChanged,
                     [&](qint64 ms) { durations << ms; });
    REQUIRE(engine.open(QString::fromStdString(file)).ok());
    CHECK(durations == QList<qint64>{6000});
    engine.seek(-50);
    CHECK(engine.position() == 0);
    engine.seek(99000);
    CHECK(engine.position() == 6000);
    engine.seek(2500);
    engine.skip(-PlaybackEngine::kSkipStepMs);
    CHECK(engine.position() == 0);
    CHECK_FALSE(engine.setSpeed(0.4));
    CHECK_FALSE(engine.setSpeed(3.01));
    CHECK(engine.setSpeed(3.0));
    CHECK(engine.setSpeed(0.5));
    engine.setVolume(2.0f);
    CHECK(engine.volume() == 1.0f);
    engine.setMuted(CallSide::Agent, true);
    CHECK(engine.focus().agentMuted);
}
