#pragma once
// Internal: a decoded frame seen as one float array per channel at its own rate, without
// libswresample: planar float (what MP3, AAC and Opus decode to) is used in place, anything
// else is converted into reused buffers. The cheap path for peaks and talk analysis.

#include "audio/core/ffmpeghandles.h"
#include "audio/core/result.h"

#include <cstddef>
#include <vector>

namespace callqa::audio::ffmpeg {

class PlanarView {
public:
    // Valid until the frame changes or the next assign().
    Status assign(const AVFrame& frame);
    const float* const* planes() const { return m_planes.data(); }
    std::size_t samples() const { return m_samples; }

private:
    std::vector<std::vector<float>> m_buffers;
    std::vector<const float*> m_planes;
    std::size_t m_samples = 0;
};

} // namespace callqa::audio::ffmpeg
