#include "audio/playback/engine/mixmatrix.h"

namespace callqa::audio {

namespace {

std::vector<float> plainMatrix(int in, int out)
{
    std::vector<float> m(static_cast<std::size_t>(in * out), 0.0f);
    const auto at = [&](int o, int i) -> float& { return m[static_cast<std::size_t>(o * in + i)]; };
    for (int o = 0; o < out; ++o) {
        for (int i = 0; i < in; ++i) {
            if (in == 1)
                at(o, i) = 1.0f; // mono to every speaker
            else if (out == 1)
                at(o, i) = 1.0f / static_cast<float>(in); // averaged, no louder than a side
            else if (o == i)
                at(o, i) = 1.0f;
        }
    }
    return m;
}

} // namespace

std::vector<float> mixMatrix(int inChannels, int outChannels, const ChannelMap& map,
                             const ChannelFocus& focus)
{
    if (inChannels <= 0 || outChannels <= 0)
        return {};
    std::vector<float> m = plainMatrix(inChannels, outChannels);
    if (!map.usableFor(inChannels))
        return m;
    const auto column = [&](int i, float value) {
        for (int o = 0; o < outChannels; ++o)
            m[static_cast<std::size_t>(o * inChannels + i)] = value;
    };
    if (focus.solo) {
        const int kept = *focus.solo == CallSide::Agent ? map.agent : map.customer;
        for (int i = 0; i < inChannels; ++i)
            column(i, i == kept ? 1.0f : 0.0f);
        return m;
    }
    if (focus.agentMuted)
        column(map.agent, 0.0f);
    if (focus.customerMuted)
        column(map.customer, 0.0f);
    return m;
}

void mixFrames(std::span<const float> in, int inChannels, std::span<float> out, int outChannels,
               std::span<const float> matrix, float gain, std::size_t frames)
{
    const auto ic = static_cast<std::size_t>(inChannels);
    const auto oc = static_cast<std::size_t>(outChannels);
    for (std::size_t f = 0; f < frames; ++f) {
        const float* src = in.data() + f * ic;
        float* dst = out.data() + f * oc;
        for (std::size_t o = 0; o < oc; ++o) {
            float sum = 0.0f;
            for (std::size_t i = 0; i < ic; ++i)
                sum += matrix[o * ic + i] * src[i];
            dst[o] = sum * gain;
        }
    }
}

} // namespace callqa::audio
