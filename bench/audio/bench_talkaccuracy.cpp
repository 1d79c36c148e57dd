// Accuracy of the talk analysis on scripted stereo calls whose truth is known, damaged as phone
// systems damage them (talkconditions.cpp). Per condition and side: frame precision, recall and
// F1 of speech, talk-time error; per condition: dead-air and overtalk spans matched (start and
// end within 0.3 s) and spurious, overtalk total against the truth.
//
//   bench_talkaccuracy [--dir DIR] [--only TEXT] [--vad NAME=VALUE]...
//
// Needs espeak-ng, sox and ffmpeg. Targets: F1 >= 0.90 per side, talk time within 10 %, every
// dead-air span found and none spurious, overtalk total within 1 s. Exit status 1 when a
// condition misses one.

#include "audio/core/analyzefile.h"
#include "bench/audio/talkconditions.h"
#include "bench/audio/talkscore.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>

using namespace callqa::audio;
using namespace callqa::audio::bench;

namespace {

bool setVad(VadOptions& vad, const std::string& assignment)
{
    const auto eq = assignment.find('=');
    if (eq == std::string::npos)
        return false;
    const std::string name = assignment.substr(0, eq);
    const double v = std::atof(assignment.c_str() + eq + 1);
    const std::map<std::string, std::function<void(double)>> fields = {
        {"levelLagUs", [&](double x) { vad.levelLagUs = x; }},
        {"bleedBelowDb", [&](double x) { vad.bleedBelowDb = float(x); }},
        {"bleedCorrelation", [&](double x) { vad.bleedCorrelation = float(x); }},
        {"floorWindowMs", [&](double x) { vad.floorWindowMs = int(x); }},
        {"floorPercentile", [&](double x) { vad.floorPercentile = float(x); }},
        {"floorStepMs", [&](double x) { vad.floorStepMs = int(x); }},
        {"onsetAboveFloorDb", [&](double x) { vad.onsetAboveFloorDb = float(x); }},
        {"releaseAboveFloorDb", [&](double x) { vad.releaseAboveFloorDb = float(x); }},
        {"minThresholdDb", [&](double x) { vad.minThresholdDb = float(x); }},
        {"hangoverMs", [&](double x) { vad.hangoverMs = int(x); }},
        {"minSpeechMs", [&](double x) { vad.minSpeechMs = int(x); }},
        {"edgeMs", [&](double x) { vad.edgeMs = int(x); }},
    };
    const auto it = fields.find(name);
    if (it == fields.end())
        return false;
    it->second(v);
    return true;
}

std::string spans(const SpanScore& s)
{
    return std::to_string(s.matched) + "/" + std::to_string(s.truth) + " +" +
           std::to_string(s.spurious);
}

enum class Outcome { Met, Missed, Failed };

// Renders, analyses and scores one condition, printing its rows of the table.
Outcome runCondition(const ScriptedCall& call, const TalkMetrics& truth, const Condition& condition,
                     const std::string& dir, const AnalysisOptions& options)
{
    const Rendered rendered = renderCondition(call, condition, dir);
    if (rendered.file.empty()) {
        std::cerr << condition.name << ": could not render (ffmpeg)\n";
        return Outcome::Failed;
    }
    auto analysis = rendered.secondLeg.empty()
                        ? analyzeFile(rendered.file, options)
                        : analyzeLegs(rendered.file, rendered.secondLeg, options);
    if (!analysis || !analysis.value().talk) {
        std::cerr << condition.name << ": " << analysis.error() << "\n";
        return Outcome::Failed;
    }
    const TalkMetrics& got = *analysis.value().talk;
    const SpanScore deadAir = scoreSpans(truth.deadAir, got.deadAir);
    if (got.channels.size() == 1) {
        // One signal on both channels: only "someone talks" can be scored.
        std::vector<Segment> anyone = truth.channels[0].segments;
        anyone.insert(anyone.end(), truth.channels[1].segments.begin(),
                      truth.channels[1].segments.end());
        const TalkMetrics merged =
            computeTalkMetrics({anyone}, call.durationMs(), options.talkOptions);
        const SideScore s =
            scoreSide(merged.channels[0].segments, got.channels[0].segments, call.durationMs());
        std::printf("| %s | both (one signal) | %.3f | %.3f | %.3f | %+.1f %% | %s | needs two "
                    "channels | | MISSED: the channels carry one signal |\n",
                    condition.name.c_str(), s.precision, s.recall, s.f1, s.talkError() * 100.0,
                    spans(deadAir).c_str());
        return Outcome::Missed;
    }
    const SideScore sides[] = {
        scoreSide(truth.channels[0].segments, got.channels[0].segments, call.durationMs()),
        scoreSide(truth.channels[1].segments, got.channels[1].segments, call.durationMs())};
    const SpanScore overtalk = scoreSpans(truth.overtalk, got.overtalk);
    const double overtalkError = std::abs(double(got.overtalkMs - truth.overtalkMs)) / 1000.0;
    bool met = deadAir.matched == deadAir.truth && deadAir.spurious == 0 && overtalkError <= 1.0;
    for (const SideScore& side : sides)
        met = met && side.f1 >= 0.90 && std::abs(side.talkError()) <= 0.10;
    char overtalkChars[64];
    std::snprintf(overtalkChars, sizeof overtalkChars, "%.1f s / %.1f s", got.overtalkMs / 1000.0,
                  truth.overtalkMs / 1000.0);
    const std::string overtalkText = overtalkChars;
    for (int side = 0; side < 2; ++side) {
        const SideScore& sc = sides[side];
        std::printf("| %s | %s | %.3f | %.3f | %.3f | %+.1f %% | %s | %s | %s | %s |\n",
                    side == 0 ? condition.name.c_str() : "", side == 0 ? "agent" : "customer",
                    sc.precision, sc.recall, sc.f1, sc.talkError() * 100.0,
                    side == 0 ? spans(deadAir).c_str() : "", side == 0 ? overtalkText.c_str() : "",
                    side == 0 ? spans(overtalk).c_str() : "",
                    side == 0 ? (met ? "met" : "MISSED") : "");
    }
    return met ? Outcome::Met : Outcome::Missed;
}

} // namespace

int main(int argc, char** argv)
{
    namespace fs = std::filesystem;
    std::string dir, only;
    AnalysisOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--dir" && i + 1 < argc)
            dir = argv[++i];
        else if (arg == "--only" && i + 1 < argc)
            only = argv[++i];
        else if (arg == "--vad" && i + 1 < argc && setVad(options.vad, argv[i + 1]))
            ++i;
        else {
            std::cerr << "usage: " << argv[0]
                      << " [--dir DIR] [--only TEXT] [--vad NAME=VALUE]...\n";
            return 2;
        }
    }
    fs::path scratch;
    if (dir.empty()) {
        std::string pattern = (fs::temp_directory_path() / "callqa-talk-XXXXXX").string();
        if (!mkdtemp(pattern.data()))
            return 2;
        scratch = dir = pattern;
    }
    fs::create_directories(dir);
    bool allMet = true;
    for (const Voices& voices : allVoices()) {
        const std::string castDir = dir + "/" + voices.name;
        fs::create_directories(castDir);
        const ScriptedCall call = scriptCall(castDir, voices);
        if (call.agent.empty()) {
            std::cerr << "could not script the call (needs espeak-ng and sox)\n";
            return 2;
        }
        const TalkMetrics truth = computeTalkMetrics({call.agentTruth, call.customerTruth},
                                                     call.durationMs(), options.talkOptions);
        std::printf("\ncast %s (agent: espeak-ng %s; customer: %s): %.1f s, agent talks %.1f s, "
                    "customer %.1f s, %zu dead-air spans (%.1f s), overtalk %.1f s in %zu "
                    "spans\n\n",
                    voices.name.c_str(), voices.agent.c_str(), voices.customer.c_str(),
                    call.durationMs() / 1000.0, truth.channels[0].talkMs / 1000.0,
                    truth.channels[1].talkMs / 1000.0, truth.deadAir.size(),
                    truth.deadAirMs / 1000.0, truth.overtalkMs / 1000.0, truth.overtalk.size());
        std::printf("| condition | side | precision | recall | F1 | talk time | dead air | "
                    "overtalk | overtalk spans | target |\n"
                    "|---|---|---|---|---|---|---|---|---|---|\n");
        for (const Condition& condition : allConditions()) {
            if (!only.empty() && condition.name.find(only) == std::string::npos)
                continue;
            const Outcome outcome = runCondition(call, truth, condition, castDir, options);
            if (outcome == Outcome::Failed)
                return 2;
            allMet = allMet && outcome == Outcome::Met;
            std::fflush(stdout);
        }
    }
    std::printf("\ntargets: F1 >= 0.90 per side, talk time within 10 %%, every dead-air span found "
                "and none spurious, overtalk within 1 s: %s\n",
                allMet ? "met" : "MISSED");
    if (!scratch.empty())
        fs::remove_all(scratch);
    return allMet ? 0 : 1;
}
