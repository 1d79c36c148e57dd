#pragma once

#include <cstddef>
#include <vector>

namespace callqa::audio {

// Streaming loudness per channel: the RMS of each block of `frameSamples` samples in dBFS
// (a full-scale square wave is 0 dB, a full-scale sine -3 dB; digital silence kSilenceDb).
class LevelMeter {
public:
    static constexpr float kSilenceDb = -120.0f;

    LevelMeter(int channels, int frameSamples);

    // planes[c] points at `count` samples of channel c.
    void add(const float* const* planes, std::size_t count);
    // Closes a last partial block (its RMS over the samples it holds).
    void finish();

    int frameSamples() const { return static_cast<int>(m_frameSamples); }
    const std::vector<float>& levels(int channel) const
    {
        return m_levels[static_cast<std::size_t>(channel)];
    }

private:
    void closeFrame(std::size_t samples);

    std::size_t m_frameSamples;
    std::size_t m_fill = 0;
    std::vector<double> m_sums;
    std::vector<std::vector<float>> m_levels;
};

} // namespace callqa::audio
