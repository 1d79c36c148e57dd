#pragma once
// Energy voice activity: pure functions from per-frame levels (or activity flags) to speech
// segments, so the decisions are table-tested apart from any decoding.

#include "audio/core/segment.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace callqa::audio {

struct VadOptions {
    float thresholdDb = -40.0f; // frame RMS (dBFS) at or above this is speech
    int frameMs = 20;           // analysis frame
    int hangoverMs = 300;       // pauses shorter than this stay inside one segment
    int minSpeechMs = 100;      // shorter bursts (clicks) are not speech
};

// Frames [first, end).
struct FrameRun {
    std::size_t first = 0;
    std::size_t end = 0;
    bool operator==(const FrameRun&) const = default;
};

// Runs of active frames; gaps shorter than `hangoverFrames` are bridged (a segment still ends
// on its last active frame), then runs shorter than `minFrames` dropped.
std::vector<FrameRun> activeRuns(std::span<const std::uint8_t> active, std::size_t hangoverFrames,
                                 std::size_t minFrames);

// Levels (one per frame of `frameSamples` samples) -> speech segments in ms, cut at
// `totalFrames` (audio frames) so the last partial frame ends where the audio ends.
std::vector<Segment> speechSegments(std::span<const float> levelsDb, const VadOptions& options,
                                    int frameSamples, int sampleRate, std::int64_t totalFrames);

// Samples in one analysis frame at `sampleRate` (at least 1).
int vadFrameSamples(const VadOptions& options, int sampleRate);

} // namespace callqa::audio
