// Playback latency of the engine through a real sink: seek request to the first new sample handed
// to the sink (random seeks in a one-hour MP3), and open() to the first sample after play().
// The reference, measured in the same run: `ffmpeg -ss T -i FILE -t 0.05 -f null -` per seek.
//
//   bench_playback [--dir DIR] [--seeks N] [--opens N] [--system-audio] [FILE]
//
// Without FILE it writes a one-hour mono 8 kHz MP3 (16 kbit/s sine, a few seconds) to DIR (default
// a temp folder). Unless --system-audio is given it starts a throwaway PulseAudio null sink with
// scripts/pulse-session.sh, so it runs on machines without a sound card.
// Targets: seek p99 < 30 ms, open-to-first-sample p99 < 100 ms. Exit status 1 when one is missed.

#include "audio/playback/playbackengine.h"
#include "audio/playback/processexit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace callqa::audio;
namespace fs = std::filesystem;

namespace {

constexpr double kSeekTargetMs = 30.0;
constexpr double kOpenTargetMs = 100.0;

struct Stats {
    double p50 = 0, p99 = 0, max = 0;
};

Stats stats(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * (ms.size() - 1) + 0.5))];
    };
    return {at(0.5), at(0.99), ms.back()};
}

bool run(const std::string& command)
{
    return std::system(command.c_str()) == 0;
}

// Waits (running the event loop, which drives the sink) until the engine handed its first sample.
std::optional<double> firstSampleMs(PlaybackEngine& engine)
{
    QElapsedTimer timer;
    timer.start();
    while (!engine.firstSampleLatency()) {
        if (timer.elapsed() > 5000 || engine.state() == PlaybackEngine::State::Error)
            return std::nullopt;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        QThread::usleep(200);
    }
    return engine.firstSampleLatency()->count() / 1000.0;
}

void printRow(const char* what, const Stats& s, double target, double reference)
{
    std::printf("%-22s p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  target p99 < %5.1f ms: %s", what,
                s.p50, s.p99, s.max, target, s.p99 < target ? "met" : "MISSED");
    if (reference > 0)
        std::printf("  (p50 %.2fx the reference)", s.p50 / reference);
    std::printf("\n");
}

} // namespace

int main(int argc, char** argv)
{
    std::string dir;
    std::string file;
    int seeks = 200;
    int opens = 20;
    bool systemAudio = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--dir" || arg == "--seeks" || arg == "--opens") && i + 1 < argc) {
            const std::string value = argv[++i];
            if (arg == "--dir")
                dir = value;
            else if (arg == "--seeks")
                seeks = std::max(1, std::atoi(value.c_str()));
            else
                opens = std::max(1, std::atoi(value.c_str()));
        } else if (arg == "--system-audio") {
            systemAudio = true;
        } else if (arg.rfind("--", 0) == 0) {
            std::cerr << "usage: " << argv[0]
                      << " [--dir DIR] [--seeks N] [--opens N] [--system-audio] [FILE]\n";
            return 2;
        } else {
            file = arg;
        }
    }
    fs::path scratch;
    if (dir.empty()) {
        std::string pattern = (fs::temp_directory_path() / "callqa-bench-XXXXXX").string();
        if (!mkdtemp(pattern.data()))
            return 2;
        scratch = dir = pattern;
    }
    fs::create_directories(dir);
    const std::string state = (fs::path(dir) / "pulse-session.state").string();
    const std::string session = std::string(CALLQA_SOURCE_DIR) + "/scripts/pulse-session.sh";
    if (!systemAudio) {
        if (!run("'" + session + "' start '" + state + "' >/dev/null")) {
            std::cerr << "could not start a PulseAudio session (pulseaudio installed?)\n";
            return 2;
        }
        std::ifstream lines(state);
        std::string line;
        for (int n = 0; n < 3 && std::getline(lines, line); ++n) {
        }
        setenv("PULSE_SERVER", line.c_str(), 1);
    }
    if (file.empty()) {
        file = (fs::path(dir) / "hour.mp3").string();
        if (!fs::exists(file)) {
            QElapsedTimer made;
            made.start();
            if (!run("ffmpeg -nostdin -v error -y -f lavfi -i "
                     "sine=frequency=440:sample_rate=8000:duration=3600 -ac 1 -c:a libmp3lame "
                     "-b:a 16k '" +
                     file + "'")) {
                std::cerr << "could not generate the one-hour MP3 (ffmpeg with libmp3lame)\n";
                return 2;
            }
            std::printf("generated %s in %.1f s\n", file.c_str(), made.elapsed() / 1000.0);
        }
    }

    int status = 0;
    {
        QCoreApplication app(argc, argv);
        PlaybackEngine engine;
        std::mt19937 random(20260305);

        // Seeks while playing.
        if (PlaybackResult opened = engine.open(QString::fromStdString(file)); !opened) {
            std::cerr << opened.error().toStdString() << "\n";
            status = 2;
        }
        const qint64 durationMs = engine.duration();
        std::uniform_int_distribution<qint64> where(0, std::max<qint64>(0, durationMs - 1000));
        std::vector<double> seekMs;
        engine.play();
        if (status == 0 && firstSampleMs(engine)) {
            for (int i = 0; i < seeks; ++i) {
                engine.seek(where(random));
                if (auto ms = firstSampleMs(engine))
                    seekMs.push_back(*ms);
            }
        }
        if (engine.state() == PlaybackEngine::State::Error)
            std::cerr << engine.errorString().toStdString() << "\n";
        engine.stop();

        // Reference: ffmpeg opening the file and decoding 50 ms at a random place.
        std::vector<double> referenceMs;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer timer;
            timer.start();
            const double at = static_cast<double>(where(random)) / 1000.0;
            run("ffmpeg -nostdin -v error -ss " + std::to_string(at) + " -i '" + file +
                "' -t 0.05 -f null -");
            referenceMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }

        // Open and play from cold (a new sink stream each time).
        std::vector<double> openMs;
        for (int i = 0; i < opens && status == 0; ++i) {
            engine.close();
            if (!engine.open(QString::fromStdString(file)))
                break;
            engine.play();
            if (auto ms = firstSampleMs(engine))
                openMs.push_back(*ms);
        }
        engine.close();

        const Stats reference = stats(referenceMs);
        const Stats seek = stats(seekMs);
        const Stats open = stats(openMs);
        std::printf("file: %s (%.0f min)\n", file.c_str(),
                    static_cast<double>(durationMs) / 60000.0);
        std::printf(
            "%-22s p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  (ffmpeg -ss T -t 0.05, %zu runs)\n",
            "reference", reference.p50, reference.p99, reference.max, referenceMs.size());
        std::printf("seeks: %zu of %d landed; opens: %zu of %d played\n", seekMs.size(), seeks,
                    openMs.size(), opens);
        printRow("seek to first sample", seek, kSeekTargetMs, reference.p50);
        printRow("open to first sample", open, kOpenTargetMs, reference.p50);
        if (status == 0 && (seekMs.size() != static_cast<std::size_t>(seeks) ||
                            openMs.size() != static_cast<std::size_t>(opens) ||
                            seek.p99 >= kSeekTargetMs || open.p99 >= kOpenTargetMs))
            status = 1;
    }
    if (!systemAudio)
        run("'" + session + "' stop '" + state + "' >/dev/null");
    if (!scratch.empty())
        fs::remove_all(scratch);
    callqa::audio::exitAfterAudio(status);
}
