#pragma once

#include "audio/core/highpass.h"

#include <cstddef>
#include <vector>

namespace callqa::audio {

// Streaming loudness per channel: the RMS of each block of `frameSamples` samples in dBFS (a
// full-scale square wave is 0 dB, a full-scale sine -3 dB; digital silence kSilenceDb), after
// a high-pass at `highPassHz` (0: none). With two or more channels, also the correlation of
// channels 0 and 1 per block (-1..1; 0 when either is silent), for the crosstalk stage.
class LevelMeter {
public:
    static constexpr float kSilenceDb = -120.0f;

    LevelMeter(int channels, int frameSamples, int sampleRate = 0, double highPassHz = 0.0);

    // planes[c] points at `count` samples of channel c.
    void add(const float* const* planes, std::size_t count);
    // Closes a last partial block (its RMS over the samples it holds).
    void finish();

    int frameSamples() const { return static_cast<int>(m_frameSamples); }
    int channels() const { return static_cast<int>(m_levels.size()); }
    const std::vector<float>& levels(int channel) const
    {
        return m_levels[static_cast<std::size_t>(channel)];
    }
    // Empty with fewer than two channels.
    const std::vector<float>& correlation() const { return m_correlation; }

private:
    void closeFrame(std::size_t samples);

    std::size_t m_frameSamples;
    std::size_t m_fill = 0;
    std::vector<HighPass> m_filters;
    std::vector<std::vector<float>> m_filtered; // one block per channel, reused
    std::vector<double> m_sums;
    double m_cross = 0.0;
    std::vector<std::vector<float>> m_levels;
    std::vector<float> m_correlation;
};

} // namespace callqa::audio
