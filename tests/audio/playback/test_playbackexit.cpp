// A process that played audio ends cleanly, even while the sound server keeps its PulseAudio
// connections busy: Qt 6.4 disconnects them at exit without their lock, so the test runner ends
// through exitAfterAudio() (audio/playback/processexit.h), as every such process must.
#include "audio/playback/playbackengine.h"
#include "tests/audio/audiotestsupport.h"
#include "tests/audio/playback/serverflood.h"
#include "tests/audio/playback/waituntil.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QProcess>

using namespace callqa::audio;
using namespace callqa::audio::test;

namespace {

// Before the fix about one exit in five crashed in the sanitized build under the flood.
constexpr int kChildren = 10;

} // namespace

// Run by the next test in child processes (hidden tag: not registered on its own).
TEST_CASE("plays a moment, stops and ends", "[.playthenexit]")
{
    TempDir dir;
    const std::string file = ffmpeg(dir, "tone.wav", sineSource(16000, 2.0, {440}));
    PlaybackEngine engine;
    REQUIRE(engine.open(QString::fromStdString(file)).ok());
    engine.play();
    INFO(engine.errorString().toStdString());
    REQUIRE(engine.state() == PlaybackEngine::State::Playing);
    REQUIRE(waitUntil([&] { return engine.position() >= 200; }, 60000));
    engine.stop();
}

TEST_CASE("a process that played audio ends cleanly while the sound server keeps it busy", "[e2e]")
{
    ServerFlood flood;
    for (int i = 0; i < kChildren; ++i) {
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[.playthenexit]")});
        REQUIRE(child.waitForStarted(10000));
        REQUIRE(child.waitForFinished(120000));
        const QString output = QString::fromLocal8Bit(child.readAll());
        INFO("child " << i << ":\n" << output.toStdString());
        REQUIRE(child.exitStatus() == QProcess::NormalExit);
        REQUIRE(child.exitCode() == 0);
        REQUIRE(output.contains(QStringLiteral("All tests passed")));
    }
    // The server was kept busy the whole time (about a thousand commands a second when idle).
    CHECK(flood.commandsSent() >= 100 * kChildren);
}
