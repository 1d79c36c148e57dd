#pragma once

#include "review/calls/callimporter.h"

namespace callqa::app {

// The import's prober: FFmpeg's probe, plus a decode pass for the exact duration when FFmpeg only
// estimated it from the bitrate (MP3 without a Xing header).
review::RecordingProbe probeRecording(const QString& absolutePath);

} // namespace callqa::app
