#include "audio/core/levelmeter.h"

#include "audio/core/blockwalk.h"

#include <algorithm>
#include <cmath>

namespace callqa::audio {

LevelMeter::LevelMeter(int channels, int frameSamples, int sampleRate, double highPassHz)
    : m_frameSamples(static_cast<std::size_t>(std::max(frameSamples, 1))),
      m_filters(static_cast<std::size_t>(channels), HighPass(highPassHz, sampleRate)),
      m_filtered(static_cast<std::size_t>(channels), std::vector<float>(m_frameSamples)),
      m_sums(static_cast<std::size_t>(channels), 0.0), m_levels(static_cast<std::size_t>(channels))
{
}

void LevelMeter::add(const float* const* planes, std::size_t count)
{
    walkBlocks(
        count, m_frameSamples, m_fill,
        [&](std::size_t offset, std::size_t length) {
            for (std::size_t c = 0; c < m_sums.size(); ++c) {
                float* p = m_filtered[c].data();
                m_filters[c].process(planes[c] + offset, p, length);
                float sum = 0.0f; // a block is at most a few thousand samples: float is enough
                for (std::size_t i = 0; i < length; ++i)
                    sum += p[i] * p[i];
                m_sums[c] += sum;
            }
            if (m_sums.size() >= 2) {
                const float* a = m_filtered[0].data();
                const float* b = m_filtered[1].data();
                float cross = 0.0f;
                for (std::size_t i = 0; i < length; ++i)
                    cross += a[i] * b[i];
                m_cross += cross;
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
    }
    if (m_sums.size() >= 2) {
        const double energy = m_sums[0] * m_sums[1];
        const double rho = energy > 0.0 ? m_cross / std::sqrt(energy) : 0.0;
        m_correlation.push_back(static_cast<float>(std::clamp(rho, -1.0, 1.0)));
        m_cross = 0.0;
    }
    std::fill(m_sums.begin(), m_sums.end(), 0.0);
}

} // namespace callqa::audio
