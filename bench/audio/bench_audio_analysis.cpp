// Times our one-pass peaks and peaks+talk analysis against `ffmpeg -v error -i FILE -f null -`
// on the same files, with the peak RSS growth of each pass.
//
//   bench_audio_analysis [--dir DIR] [--minutes N] [--runs N] [FILE...]
//
// Without FILE it generates an hour-long stereo 8 kHz call as MP3, Opus and u-law WAV in DIR
// (default: a temp folder, deleted afterwards; with --dir the files are kept and reused).
// Targets: peaks <= 1.15x ffmpeg, peaks+talk <= 1.3x. Exit status 1 when one is missed.

#include "audio/core/analyzefile.h"
#include "bench/audio/callgenerator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

using namespace callqa::audio;

namespace {

constexpr double kPeaksTarget = 1.15;
constexpr double kAnalysisTarget = 1.30;

long statusKib(const std::string& name)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(name, 0) == 0)
            return std::stol(line.substr(name.size()));
    }
    return 0;
}

struct Timing {
    double seconds = 1e30; // best of the runs
    long rssGrowthKib = 0; // largest of the runs
};

template <typename Work> Timing measure(int runs, Work&& work)
{
    Timing timing;
    for (int i = 0; i < runs; ++i) {
        std::ofstream("/proc/self/clear_refs") << "5"; // reset the peak RSS
        const long before = statusKib("VmRSS:");
        const auto start = std::chrono::steady_clock::now();
        if (!work())
            std::exit(2);
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        timing.seconds = std::min(timing.seconds, took.count());
        timing.rssGrowthKib = std::max(timing.rssGrowthKib, statusKib("VmHWM:") - before);
    }
    return timing;
}

bool analyze(const std::string& path, bool talk)
{
    AnalysisOptions options;
    options.talk = talk;
    auto result = analyzeFile(path, options);
    if (!result) {
        std::cerr << path << ": " << result.error() << "\n";
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    std::string dir;
    int minutes = 60;
    int runs = 3;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--dir" || arg == "--minutes" || arg == "--runs") && i + 1 < argc) {
            const std::string value = argv[++i];
            if (arg == "--dir")
                dir = value;
            else if (arg == "--minutes")
                minutes = std::max(1, std::atoi(value.c_str()));
            else
                runs = std::max(1, std::atoi(value.c_str()));
        } else if (arg.rfind("--", 0) == 0) {
            std::cerr << "usage: " << argv[0]
                      << " [--dir DIR] [--minutes N] [--runs N] [FILE...]\n";
            return 2;
        } else {
            files.push_back(arg);
        }
    }
    namespace fs = std::filesystem;
    fs::path scratch;
    if (files.empty()) {
        if (dir.empty()) {
            std::string pattern = (fs::temp_directory_path() / "callqa-bench-XXXXXX").string();
            if (!mkdtemp(pattern.data()))
                return 2;
            scratch = dir = pattern;
        }
        fs::create_directories(dir);
        files = bench::generateCall(dir, minutes);
        if (files.empty()) {
            std::cerr << "could not generate the call (needs espeak-ng, sox and ffmpeg)\n";
            return 2;
        }
    }

    bool met = true;
    std::printf("%-16s %9s %9s %6s %11s %6s %10s %10s\n", "file", "ffmpeg", "peaks", "ratio",
                "peaks+talk", "ratio", "rss peaks", "rss talk");
    for (const std::string& file : files) {
        const std::string command = "ffmpeg -nostdin -v error -i '" + file + "' -f null -";
        const Timing reference = measure(runs, [&] { return std::system(command.c_str()) == 0; });
        const Timing peaks = measure(runs, [&] { return analyze(file, false); });
        const Timing talk = measure(runs, [&] { return analyze(file, true); });
        const double peaksRatio = peaks.seconds / reference.seconds;
        const double talkRatio = talk.seconds / reference.seconds;
        met = met && peaksRatio <= kPeaksTarget && talkRatio <= kAnalysisTarget;
        std::printf("%-16s %8.3fs %8.3fs %6.2f %10.3fs %6.2f %6.1f MiB %6.1f MiB\n",
                    fs::path(file).filename().c_str(), reference.seconds, peaks.seconds, peaksRatio,
                    talk.seconds, talkRatio, peaks.rssGrowthKib / 1024.0,
                    talk.rssGrowthKib / 1024.0);
        std::fflush(stdout);
    }
    std::printf("targets: peaks <= %.2fx ffmpeg, peaks+talk <= %.2fx: %s\n", kPeaksTarget,
                kAnalysisTarget, met ? "met" : "MISSED");
    if (!scratch.empty())
        fs::remove_all(scratch);
    return met ? 0 : 1;
}
