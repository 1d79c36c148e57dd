#pragma once

#include "audio/core/peaks.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace callqa::audio {

// Streaming min/max per bucket per channel: feed planar float blocks of any length, then finish()
// (the last bucket may be partial). Memory: 4 bytes per bucket per channel.
class PeakBuilder {
public:
    PeakBuilder(int channels, int sampleRate, int samplesPerBucket);

    // planes[c] points at `count` samples of channel c.
    void add(const float* const* planes, std::size_t count);
    Peaks finish();
    // The whole buckets so far (a waveform filling in while the rest decodes).
    Peaks snapshot() const;

private:
    void closeBucket();

    int m_channels;
    int m_sampleRate;
    std::size_t m_samplesPerBucket;
    std::size_t m_fill = 0;
    std::int64_t m_frames = 0;
    std::vector<float> m_min;
    std::vector<float> m_max;
    std::vector<std::int16_t> m_minMax;
};

} // namespace callqa::audio
