#pragma once

#include <cstddef>
#include <vector>

namespace callqa::audio {

// Streaming loudness per channel: the RMS of each block of `frameSamples` samples in dBFS (a
// full-scale square wave is 0 dB, a full-scale sine -3 dB; digital silence kSilenceDb), measured
// on x[n] - x[n - lag] when `lagSamples` > 0: a difference that removes DC and mains hum (a zero
// at 0 Hz; with a 250 us lag 50 and 60 Hz come out 25 and 23 dB below 1 kHz, and the response
// peaks at 2 kHz) and weights the voice band like the pre-emphasis of speech coders, for one
// subtraction per sample (a recursive high-pass cost more than all the rest of the analysis).
// With two or more channels, also the correlation of channels 0 and 1 per block (-1..1; 0 when
// either is silent), for the crosstalk stage.
class LevelMeter {
public:
    static constexpr float kSilenceDb = -120.0f;

    LevelMeter(int channels, int frameSamples, int lagSamples = 0);

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
    void addPair(const float* a, const float* b, std::size_t length);
    void addOne(std::size_t channel, const float* p, std::size_t length);
    void remember(std::size_t channel, const float* p, std::size_t length);
    void closeFrame(std::size_t samples);

    std::size_t m_frameSamples;
    std::size_t m_lag;
    std::size_t m_fill = 0;
    std::vector<std::vector<float>> m_history; // per channel the last m_lag samples, oldest first
    std::vector<double> m_sums;
    double m_cross = 0.0;
    std::vector<std::vector<float>> m_levels;
    std::vector<float> m_correlation;
};

// The lag for `lagUs` microseconds at `sampleRate` (0 when lagUs <= 0, else at least 1).
int levelLagSamples(double lagUs, int sampleRate);

} // namespace callqa::audio
