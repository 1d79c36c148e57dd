#pragma once
// The noise floor of one channel over time, from its per-frame levels: what the line sounds like
// when nobody on it speaks, so the speech threshold follows a quiet line, hiss or hum.

#include "audio/core/voiceactivity.h"

#include <span>
#include <vector>

namespace callqa::audio {

// One floor value (dB) per level: the `floorPercentile` of the levels within `floorWindowMs`
// centred on the frame (clipped at the ends of the call), computed every `floorStepMs` and held
// for the frames of that step, to the 1/4 dB below. Between words and turns a speaker's levels fall
// to the line's own, so a low percentile over a window several turns long is the line, not the
// voice.
std::vector<float> trackNoiseFloor(std::span<const float> levelsDb, const VadOptions& options);

} // namespace callqa::audio
