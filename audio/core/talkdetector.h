#pragma once
// The talk detector: the voice activity stages (voiceactivity.h) run in order over the levels of
// one recording, channel by channel, with crosstalk taken out between channels 0 and 1.

#include "audio/core/segment.h"
#include "audio/core/voiceactivity.h"

#include <cstdint>
#include <span>
#include <vector>

namespace callqa::audio {

// `levelsDb[c]` are channel c's frame levels (frames of `frameSamples` samples),
// `correlation` the per-frame correlation of channels 0 and 1 (ignored with fewer than two
// channels). Returns each channel's speech segments in ms, cut at `totalFrames` audio frames.
std::vector<std::vector<Segment>> detectSpeech(const std::vector<std::vector<float>>& levelsDb,
                                               std::span<const float> correlation,
                                               const VadOptions& options, int frameSamples,
                                               int sampleRate, std::int64_t totalFrames);

} // namespace callqa::audio
