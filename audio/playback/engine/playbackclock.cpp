#include "audio/playback/engine/playbackclock.h"

#include <algorithm>
#include <cmath>

namespace callqa::audio {

std::int64_t heardFrame(const ClockReading& reading)
{
    // Frames still buffered from before the seek make the difference negative for a moment:
    // the position then stays at the seek target.
    const std::int64_t played = std::max<std::int64_t>(
        0, reading.handedFrames - std::max<std::int64_t>(0, reading.bufferedFrames));
    std::int64_t frame =
        reading.startFrame + std::llround(static_cast<double>(played) * reading.tempo);
    if (reading.durationFrames > 0)
        frame = std::min(frame, reading.durationFrames);
    return frame;
}

std::int64_t framesToMs(std::int64_t frames, int sampleRate)
{
    return sampleRate > 0 ? frames * 1000 / sampleRate : 0;
}

std::int64_t msToFrames(std::int64_t ms, int sampleRate)
{
    return ms * sampleRate / 1000;
}

} // namespace callqa::audio
