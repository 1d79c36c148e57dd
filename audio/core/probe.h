#pragma once

#include "audio/core/formatlimits.h"

#include <cstdint>
#include <string>

namespace callqa::audio {

// What import records about a recording. Plain C++: no Qt, no FFmpeg types.
struct ProbeResult {
    bool ok = false;
    std::string error;  // set when !ok: one line, says what is wrong with the file
    std::string format; // demuxer short name, e.g. "wav", "ogg", "mp3"
    std::string codec;  // decoder name, e.g. "pcm_s16le", "opus", "mp3"
    int sampleRate = 0;
    int channels = 0;
    std::int64_t durationMs = 0;
    bool durationExact = true; // false when FFmpeg only estimated it from the bitrate
};

// Opens the container, finds the best audio stream and checks its parameters are sane.
// Never throws; never decodes more than FFmpeg needs to find stream info.
ProbeResult probeFile(const std::string& path);

} // namespace callqa::audio
