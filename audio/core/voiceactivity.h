#pragma once
// Voice activity per channel, as small pure stages over per-frame levels so each is table-tested
// apart from any decoding:
//   levels (LevelMeter: high-passed RMS per frame, and the correlation of channels 0 and 1)
//   -> noise floor (trackNoiseFloor: a low percentile over a sliding window, per channel)
//   -> decision (decideSpeech: above the floor by a margin, with hysteresis)
//   -> crosstalk (dropCrosstalk: frames of a quiet channel that are the loud one's bleed)
//   -> segments (activeRuns: hangover and minimum duration).
// detectSpeech (talkdetector.h) runs them in that order.

#include "audio/core/segment.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace callqa::audio {

// Stored with every analysis. Bump it whenever a change to these stages or their defaults can
// move a segment, so stored results made by an older detector are found and analysed again.
// 1: fixed -40 dBFS threshold. 2: hum-free levels, adaptive floor, hysteresis, crosstalk rule,
// edges, one signal on two channels analysed as mono.
inline constexpr int kVoiceActivityVersion = 2;

// Every parameter of the detector. Levels are frame RMS in dBFS (full-scale sine -3 dB).
struct VadOptions {
    int frameMs = 20; // analysis frame

    // Levels are measured on x[n] - x[n - lag] with a lag of `levelLagUs` microseconds
    // (LevelMeter): no DC, mains hum (50/60 Hz) about 24 dB down against the voice band, the
    // same response below 4 kHz at any sample rate. 0 measures the plain signal.
    double levelLagUs = 250.0;

    // Crosstalk: at a frame where one channel is at least `bleedBelowDb` quieter than the other
    // and their samples correlate at least `bleedCorrelation` (in absolute value), the quieter
    // one carries the other's bleed (headset, line or joint-stereo codec leakage), not speech.
    float bleedBelowDb = 6.0f;
    float bleedCorrelation = 0.7f;

    // One signal on two channels (samesignal.h): the file is analysed as mono when at least
    // `sameSignalShare` of its frames above `minThresholdDb` correlate at least
    // `sameSignalCorrelation` with levels within `sameSignalLevelDb`.
    float sameSignalCorrelation = 0.98f;
    float sameSignalLevelDb = 1.0f;
    float sameSignalShare = 0.9f;

    // Noise floor: the `floorPercentile` (0..1) of the channel's levels within a window of
    // `floorWindowMs` centred on the frame, recomputed every `floorStepMs` and held between.
    int floorWindowMs = 12000;
    float floorPercentile = 0.10f;
    int floorStepMs = 500;

    // Decision: speech starts at a frame `onsetAboveFloorDb` above the floor and goes on while
    // frames stay `releaseAboveFloorDb` above it. Neither threshold is ever below
    // `minThresholdDb`, so the hiss of a codec over digital silence is not speech.
    float onsetAboveFloorDb = 9.0f;
    float releaseAboveFloorDb = 3.5f;
    float minThresholdDb = -55.0f;

    // Segments: pauses shorter than `hangoverMs` stay inside one segment; bursts shorter than
    // `minSpeechMs` (clicks) are not speech; each segment then grows by `edgeMs` at both ends
    // (clipped to the recording), for the soft onsets and decays a level threshold misses.
    int hangoverMs = 300;
    int minSpeechMs = 100;
    int edgeMs = 40;
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

// One flag per frame: speech (1) or not, from the channel's levels and its floor (same length).
std::vector<std::uint8_t> decideSpeech(std::span<const float> levelsDb,
                                       std::span<const float> floorDb, const VadOptions& options);

// Activity flags (one per frame of `frameSamples` samples) -> speech segments in ms, after
// hangover and minimum duration, cut at `totalFrames` (audio frames) so the last partial frame
// ends where the audio ends. Segments grown by `edgeMs` that come to touch or overlap are merged.
std::vector<Segment> speechSegments(std::span<const std::uint8_t> active, const VadOptions& options,
                                    int frameSamples, int sampleRate, std::int64_t totalFrames);

// Samples in one analysis frame at `sampleRate` (at least 1).
int vadFrameSamples(const VadOptions& options, int sampleRate);

} // namespace callqa::audio
