#pragma once
// Pure: the gains from the recording's channels to the output's, with mute and solo applied.

#include "audio/playback/channelmap.h"

#include <cstddef>
#include <span>
#include <vector>

namespace callqa::audio {

// Row-major, outChannels rows of inChannels gains. Without a usable channel map (mono calls,
// unknown sides) mute and solo do nothing: the call just plays.
std::vector<float> mixMatrix(int inChannels, int outChannels, const ChannelMap& map,
                             const ChannelFocus& focus);

// out[f][o] = gain * sum_i matrix[o][i] * in[f][i], for `frames` interleaved frames.
void mixFrames(std::span<const float> in, int inChannels, std::span<float> out, int outChannels,
               std::span<const float> matrix, float gain, std::size_t frames);

} // namespace callqa::audio
