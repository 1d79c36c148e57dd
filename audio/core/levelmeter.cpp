#include "audio/core/levelmeter.h"

#include "audio/core/blockwalk.h"

#include <algorithm>
#include <cmath>

namespace callqa::audio {

int levelLagSamples(double lagUs, int sampleRate)
{
    if (lagUs <= 0.0 || sampleRate <= 0)
        return 0;
    return std::max(1, static_cast<int>(std::lround(lagUs * sampleRate / 1e6)));
}

LevelMeter::LevelMeter(int channels, int frameSamples, int lagSamples)
    : m_frameSamples(static_cast<std::size_t>(std::max(frameSamples, 1))),
      m_lag(static_cast<std::size_t>(std::max(lagSamples, 0))),
      m_history(static_cast<std::size_t>(channels), std::vector<float>(m_lag, 0.0f)),
      m_sums(static_cast<std::size_t>(channels), 0.0), m_levels(static_cast<std::size_t>(channels))
{
}

void LevelMeter::add(const float* const* planes, std::size_t count)
{
    walkBlocks(
        count, m_frameSamples, m_fill,
        [&](std::size_t offset, std::size_t length) {
            std::size_t c = 0;
            if (m_sums.size() >= 2) {
                addPair(planes[0] + offset, planes[1] + offset, length);
                c = 2;
            }
            for (; c < m_sums.size(); ++c)
                addOne(c, planes[c] + offset, length);
        },
        [this] { closeFrame(m_frameSamples); });
}

// A block is at most a few thousand samples: float sums are enough. Four partial sums each so
// the compiler can keep them in vector lanes (a float reduction is otherwise one serial chain).
void LevelMeter::addPair(const float* a, const float* b, std::size_t length)
{
    const std::vector<float>& ha = m_history[0];
    const std::vector<float>& hb = m_history[1];
    const std::size_t lag = m_lag;
    const auto at = [&](const float* p, const std::vector<float>& history, std::size_t i) {
        return lag == 0 ? p[i] : p[i] - (i < lag ? history[i] : p[i - lag]);
    };
    float sa[4] = {}, sb[4] = {}, cross[4] = {};
    std::size_t i = 0;
    for (; i < std::min(lag, length); ++i) {
        const float ya = at(a, ha, i);
        const float yb = at(b, hb, i);
        sa[0] += ya * ya;
        sb[0] += yb * yb;
        cross[0] += ya * yb;
    }
    for (; i + 4 <= length; i += 4) {
        for (std::size_t k = 0; k < 4; ++k) {
            const float ya = a[i + k] - (lag ? a[i + k - lag] : 0.0f);
            const float yb = b[i + k] - (lag ? b[i + k - lag] : 0.0f);
            sa[k] += ya * ya;
            sb[k] += yb * yb;
            cross[k] += ya * yb;
        }
    }
    for (; i < length; ++i) {
        const float ya = at(a, ha, i);
        const float yb = at(b, hb, i);
        sa[0] += ya * ya;
        sb[0] += yb * yb;
        cross[0] += ya * yb;
    }
    m_sums[0] += (sa[0] + sa[1]) + (sa[2] + sa[3]);
    m_sums[1] += (sb[0] + sb[1]) + (sb[2] + sb[3]);
    m_cross += (cross[0] + cross[1]) + (cross[2] + cross[3]);
    remember(0, a, length);
    remember(1, b, length);
}

void LevelMeter::addOne(std::size_t channel, const float* p, std::size_t length)
{
    const std::vector<float>& history = m_history[channel];
    float sum = 0.0f;
    for (std::size_t i = 0; i < length; ++i) {
        const float y = m_lag == 0 ? p[i] : p[i] - (i < m_lag ? history[i] : p[i - m_lag]);
        sum += y * y;
    }
    m_sums[channel] += sum;
    remember(channel, p, length);
}

void LevelMeter::remember(std::size_t channel, const float* p, std::size_t length)
{
    std::vector<float>& history = m_history[channel];
    if (m_lag == 0)
        return;
    if (length >= m_lag) {
        std::copy(p + (length - m_lag), p + length, history.begin());
        return;
    }
    std::copy(history.begin() + static_cast<std::ptrdiff_t>(length), history.end(),
              history.begin());
    std::copy(p, p + length, history.end() - static_cast<std::ptrdiff_t>(length));
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
