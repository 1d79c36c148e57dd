#pragma once
// Internal: keeps FFmpeg's own stderr logging down to real errors. The core reports every failure
// as a value, so FFmpeg's info and warning lines (e.g. "Estimating duration from bitrate") are
// only noise in a library; a program that wants them, or wants none at all, installs an
// FfmpegLogRoute (audio/core/ffmpeglogroute.h).

namespace callqa::audio::ffmpeg {

// Lowers av_log's level to AV_LOG_ERROR unless it is already lower. Idempotent and cheap.
void quietFfmpegLog();

} // namespace callqa::audio::ffmpeg
