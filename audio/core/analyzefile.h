#pragma once
// One streaming pass over a recording at its own rate (no resampling): waveform peaks and,
// optionally, talk analysis per channel. Memory stays bounded whatever the length (peaks and
// per-frame levels grow by a few bytes per 10-20 ms).

#include "audio/core/peaks.h"
#include "audio/core/result.h"
#include "audio/core/talkmetrics.h"
#include "audio/core/voiceactivity.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>

namespace callqa::audio {

struct AnalysisOptions {
    int samplesPerBucket = 0; // peaks bucket; 0: sampleRate / 100 (10 ms)
    bool talk = true;         // false: peaks only
    VadOptions vad;
    TalkOptions talkOptions;
    // Called as audio is decoded with the position reached; return false to cancel.
    std::function<bool(std::int64_t decodedMs)> progress;
    // Called about every `partialEveryMs` of decoded audio with the peaks so far.
    std::function<void(Peaks partial)> partialPeaks;
    std::int64_t partialEveryMs = 30'000;
};

struct Analysis {
    int sampleRate = 0;
    int channels = 0;
    std::int64_t frames = 0;     // decoded audio frames: the exact length
    std::int64_t durationMs = 0; // exact, from the decoded frames
    Peaks peaks;
    // When AnalysisOptions::talk. One TalkMetrics channel per recorded channel, except when the
    // channels carry one signal (channelsCarrySameSignal): then one, as for a mono recording.
    std::optional<TalkMetrics> talk;
    bool channelsCarrySameSignal = false;
    int talkDetectorVersion = 0; // kVoiceActivityVersion when `talk` is there
};

Result<Analysis> analyzeFile(const std::string& path, const AnalysisOptions& options = {});
// A call recorded one direction per file (see Decoder::openLegs): channel 0 is the first leg,
// channel 1 the second, at the first leg's rate; the shorter leg goes on as silence.
Result<Analysis> analyzeLegs(const std::string& firstLeg, const std::string& secondLeg,
                             const AnalysisOptions& options = {});
// `bytes` must stay alive during the call.
Result<Analysis> analyzeBuffer(std::span<const std::uint8_t> bytes,
                               const AnalysisOptions& options = {});

} // namespace callqa::audio
