#pragma once

#include <cstddef>
#include <string>

namespace callqa::audio {

// Sample rates and channel counts outside these bounds are refused before anything is allocated
// for them (a fuzzed header asked swr for hundreds of MB).
constexpr int kMinSampleRate = 1000;
constexpr int kMaxSampleRate = 384000;
constexpr int kMaxChannels = 32;

// No single FFmpeg allocation may be larger: a 16 kB WAV whose INFO chunk claims 512 MiB made
// FFmpeg allocate (and zero) all of it. A 30-hour M4A's sample tables stay well below.
constexpr std::size_t kMaxFfmpegAllocation = std::size_t{128} << 20;

// Caps FFmpeg's allocations at kMaxFfmpegAllocation (FFmpeg keeps the cap process-wide: every
// open sets the same value). A header asking for more fails to open instead.
void capFfmpegAllocations();

// Empty when a stream of this shape may be decoded, else one line saying what is wrong.
std::string formatLimitError(int sampleRate, int channels);

} // namespace callqa::audio
