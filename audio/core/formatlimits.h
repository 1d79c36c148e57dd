#pragma once

#include <string>

namespace callqa::audio {

// Sample rates and channel counts outside these bounds are refused before anything is allocated
// for them (a fuzzed header asked swr for hundreds of MB).
constexpr int kMinSampleRate = 1000;
constexpr int kMaxSampleRate = 384000;
constexpr int kMaxChannels = 32;

// Empty when a stream of this shape may be decoded, else one line saying what is wrong.
std::string formatLimitError(int sampleRate, int channels);

} // namespace callqa::audio
