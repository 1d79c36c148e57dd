#pragma once

#include "audio/core/result.h"

#include <cstdint>
#include <string>

namespace callqa::audio {

// Decodes the whole recording once (streaming, nothing kept) and returns its exact length.
// For when probeFile() reports durationExact == false (MP3 without a Xing header, whose
// duration FFmpeg estimates from the bitrate).
Result<std::int64_t> measureExactDurationMs(const std::string& path);

} // namespace callqa::audio
