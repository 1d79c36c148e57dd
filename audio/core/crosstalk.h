#pragma once
// Headset bleed, line crosstalk and joint-stereo codec leakage put a quiet copy of one side on
// the other side's channel at the same moment. This stage tells those frames apart from the
// quiet side's own speech, so it is not heard "talking" whenever the loud side does.

#include "audio/core/voiceactivity.h"

#include <cstdint>
#include <span>
#include <vector>

namespace callqa::audio {

struct ActivityPair {
    std::vector<std::uint8_t> first;
    std::vector<std::uint8_t> second;
};

// Speech flags, levels (dB) and the per-frame correlation (-1..1) of two channels -> the flags
// without bleed: at a frame where one channel is at least `bleedBelowDb` below the other and
// |correlation| >= `bleedCorrelation`, the quieter one is not speaking. A copy of the other
// side correlates fully; the quiet side's own voice does not, so its words spoken over the loud
// side stay (bleed is at most half its energy when its correlation is below 1/sqrt(2)).
ActivityPair dropCrosstalk(std::span<const std::uint8_t> firstActive,
                           std::span<const std::uint8_t> secondActive,
                           std::span<const float> firstDb, std::span<const float> secondDb,
                           std::span<const float> correlation, const VadOptions& options);

} // namespace callqa::audio
