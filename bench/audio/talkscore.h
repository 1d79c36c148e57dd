#pragma once
// How close detected talk is to the truth: frame-level scores per side, and span matches for
// dead air and overtalk.

#include "audio/core/segment.h"

#include <cstdint>
#include <vector>

namespace callqa::audio::bench {

struct SideScore {
    double precision = 0.0; // of frames detected as speech, the share that is speech
    double recall = 0.0;    // of speech frames, the share detected
    double f1 = 0.0;
    std::int64_t truthMs = 0;
    std::int64_t detectedMs = 0;
    double talkError() const // detected talk time relative to the truth, signed
    {
        return truthMs > 0 ? double(detectedMs - truthMs) / double(truthMs) : 0.0;
    }
};

// On 10 ms frames over [0, durationMs).
SideScore scoreSide(const std::vector<Segment>& truth, const std::vector<Segment>& detected,
                    std::int64_t durationMs);

struct SpanScore {
    int truth = 0;
    int matched = 0;  // truth spans with a detected one starting and ending within the tolerance
    int spurious = 0; // detected spans that match none
    std::int64_t truthMs = 0;
    std::int64_t detectedMs = 0;
};

SpanScore scoreSpans(const std::vector<Segment>& truth, const std::vector<Segment>& detected,
                     std::int64_t toleranceMs = 300);

} // namespace callqa::audio::bench
