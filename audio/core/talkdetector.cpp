#include "audio/core/talkdetector.h"

#include "audio/core/crosstalk.h"
#include "audio/core/noisefloor.h"

namespace callqa::audio {

std::vector<std::vector<Segment>> detectSpeech(const std::vector<std::vector<float>>& levelsDb,
                                               std::span<const float> correlation,
                                               const VadOptions& options, int frameSamples,
                                               int sampleRate, std::int64_t totalFrames)
{
    std::vector<std::vector<std::uint8_t>> active;
    for (const std::vector<float>& levels : levelsDb)
        active.push_back(decideSpeech(levels, trackNoiseFloor(levels, options), options));
    if (active.size() >= 2) {
        ActivityPair own =
            dropCrosstalk(active[0], active[1], levelsDb[0], levelsDb[1], correlation, options);
        active[0] = std::move(own.first);
        active[1] = std::move(own.second);
    }
    std::vector<std::vector<Segment>> segments;
    for (const std::vector<std::uint8_t>& flags : active)
        segments.push_back(speechSegments(flags, options, frameSamples, sampleRate, totalFrames));
    return segments;
}

} // namespace callqa::audio
