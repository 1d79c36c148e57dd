#include "audio/core/peakbuilder.h"

#include "audio/core/blockwalk.h"

#include <limits>

namespace callqa::audio {

namespace {

constexpr float kEmptyMin = std::numeric_limits<float>::max();
constexpr float kEmptyMax = std::numeric_limits<float>::lowest();

} // namespace

PeakBuilder::PeakBuilder(int channels, int sampleRate, int samplesPerBucket)
    : m_channels(channels), m_sampleRate(sampleRate),
      m_samplesPerBucket(static_cast<std::size_t>(std::max(samplesPerBucket, 1))),
      m_min(static_cast<std::size_t>(channels), kEmptyMin),
      m_max(static_cast<std::size_t>(channels), kEmptyMax)
{
}

void PeakBuilder::add(const float* const* planes, std::size_t count)
{
    walkBlocks(
        count, m_samplesPerBucket, m_fill,
        [&](std::size_t offset, std::size_t length) {
            for (std::size_t c = 0; c < m_min.size(); ++c) {
                const float* p = planes[c] + offset;
                float lo = m_min[c];
                float hi = m_max[c];
                for (std::size_t i = 0; i < length; ++i) {
                    lo = p[i] < lo ? p[i] : lo;
                    hi = p[i] > hi ? p[i] : hi;
                }
                m_min[c] = lo;
                m_max[c] = hi;
            }
        },
        [this] { closeBucket(); });
    m_frames += static_cast<std::int64_t>(count);
}

void PeakBuilder::closeBucket()
{
    for (std::size_t c = 0; c < m_min.size(); ++c) {
        m_minMax.push_back(peakValue(m_min[c]));
        m_minMax.push_back(peakValue(m_max[c]));
        m_min[c] = kEmptyMin;
        m_max[c] = kEmptyMax;
    }
}

Peaks PeakBuilder::finish()
{
    if (m_fill > 0) {
        closeBucket();
        m_fill = 0;
    }
    return Peaks(m_channels, m_sampleRate, static_cast<int>(m_samplesPerBucket), m_frames,
                 std::move(m_minMax));
}

Peaks PeakBuilder::snapshot() const
{
    const std::int64_t whole = m_frames - static_cast<std::int64_t>(m_fill);
    return Peaks(m_channels, m_sampleRate, static_cast<int>(m_samplesPerBucket), whole,
                 std::vector<std::int16_t>(m_minMax));
}

} // namespace callqa::audio
