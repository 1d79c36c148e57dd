#include "audio/core/levelmeter.h"

#include "audio/core/blockwalk.h"

#include <algorithm>
#include <cmath>

namespace callqa::audio {

LevelMeter::LevelMeter(int channels, int frameSamples)
    : m_frameSamples(static_cast<std::size_t>(std::max(frameSamples, 1))),
      m_sums(static_cast<std::size_t>(channels), 0.0), m_levels(static_cast<std::size_t>(channels))
{
}

void LevelMeter::add(const float* const* planes, std::size_t count)
{
    walkBlocks(
        count, m_frameSamples, m_fill,
        [&](std::size_t offset, std::size_t length) {
            for (std::size_t c = 0; c < m_sums.size(); ++c) {
                const float* p = planes[c] + offset;
                float sum = 0.0f; // a block is at most a few thousand samples: float is enough
                for (std::size_t i = 0; i < length; ++i)
                    sum += p[i] * p[i];
                m_sums[c] += sum;
            }
        },
        [this] { closeFrame(m_frameSamples); });
}

void LevelMeter::finish()
{
    if (m_fill > 0) {
        closeFrame(m_fill);
        m_fill = 0;
    }
}

void LevelMeter::closeFrame(std::size_t samples)
{
    for (std::size_t c = 0; c < m_sums.size(); ++c) {
        const double meanSquare = m_sums[c] / static_cast<double>(samples);
        const double db = meanSquare > 0.0 ? 10.0 * std::log10(meanSquare) : kSilenceDb;
        m_levels[c].push_back(static_cast<float>(std::max(db, double{kSilenceDb})));
        m_sums[c] = 0.0;
    }
}

} // namespace callqa::audio
