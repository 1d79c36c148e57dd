#include "audio/core/highpass.h"

#include <cmath>
#include <numbers>

namespace callqa::audio {

HighPass::HighPass(double cutoffHz, int sampleRate)
{
    if (cutoffHz <= 0.0 || sampleRate <= 0 || cutoffHz >= sampleRate / 2.0)
        return;
    m_bypass = false;
    const double w0 = 2.0 * std::numbers::pi * cutoffHz / sampleRate;
    const double alpha = std::sin(w0) / std::numbers::sqrt2; // 2 Q with Q = 1/sqrt(2)
    const double cosw = std::cos(w0);
    const double a0 = 1.0 + alpha;
    m_b0 = static_cast<float>((1.0 + cosw) / 2.0 / a0);
    m_b1 = static_cast<float>(-(1.0 + cosw) / a0);
    m_b2 = m_b0;
    m_a1 = static_cast<float>(-2.0 * cosw / a0);
    m_a2 = static_cast<float>((1.0 - alpha) / a0);
}

void HighPass::process(const float* in, float* out, std::size_t count)
{
    if (m_bypass) {
        for (std::size_t i = 0; i < count; ++i)
            out[i] = in[i];
        return;
    }
    float z1 = m_z1;
    float z2 = m_z2;
    for (std::size_t i = 0; i < count; ++i) {
        const float x = in[i];
        const float y = m_b0 * x + z1;
        z1 = m_b1 * x - m_a1 * y + z2;
        z2 = m_b2 * x - m_a2 * y;
        out[i] = y;
    }
    // Over digital silence the state decays towards denormals, which are slow to compute on.
    constexpr float kTiny = 1e-20f;
    m_z1 = std::abs(z1) < kTiny ? 0.0f : z1;
    m_z2 = std::abs(z2) < kTiny ? 0.0f : z2;
}

} // namespace callqa::audio
