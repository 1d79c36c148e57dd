#pragma once
// A second-order Butterworth high-pass (RBJ biquad, transposed direct form II): cuts mains hum
// and rumble below speech before levels are measured.

#include <cstddef>

namespace callqa::audio {

class HighPass {
public:
    // `cutoffHz` <= 0 or at or above Nyquist passes everything unchanged.
    HighPass(double cutoffHz, int sampleRate);

    // Filters `count` samples from `in` into `out` (they may be the same buffer).
    void process(const float* in, float* out, std::size_t count);

private:
    bool m_bypass = true;
    float m_b0 = 1, m_b1 = 0, m_b2 = 0, m_a1 = 0, m_a2 = 0;
    float m_z1 = 0, m_z2 = 0;
};

} // namespace callqa::audio
