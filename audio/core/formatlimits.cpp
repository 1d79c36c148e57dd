#include "audio/core/formatlimits.h"

extern "C" {
#include <libavutil/mem.h>
}

namespace callqa::audio {

void capFfmpegAllocations()
{
    av_max_alloc(kMaxFfmpegAllocation);
}

std::string formatLimitError(int sampleRate, int channels)
{
    if (channels <= 0)
        return "audio stream has no channels";
    if (channels > kMaxChannels)
        return "audio stream has too many channels (" + std::to_string(channels) + ")";
    if (sampleRate < kMinSampleRate || sampleRate > kMaxSampleRate)
        return "unsupported sample rate " + std::to_string(sampleRate);
    return {};
}

} // namespace callqa::audio
