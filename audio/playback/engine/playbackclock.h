#pragma once
// Pure: the media position the listener hears, from the frames the sink has taken (never from a
// timer). Frames handed to the sink since the last seek, minus those still waiting in its
// buffer, played at `tempo` media frames per output frame, from `startFrame`.

#include <cstdint>

namespace callqa::audio {

struct ClockReading {
    std::int64_t startFrame = 0;     // media frame (output rate) the generation began at
    double tempo = 1.0;              // media frames per output frame
    std::int64_t handedFrames = 0;   // handed to the sink since then
    std::int64_t bufferedFrames = 0; // still in the sink's buffer (may include older ones)
    std::int64_t durationFrames = 0; // 0 when unknown
};

std::int64_t heardFrame(const ClockReading& reading);

std::int64_t framesToMs(std::int64_t frames, int sampleRate);
std::int64_t msToFrames(std::int64_t ms, int sampleRate);

} // namespace callqa::audio
