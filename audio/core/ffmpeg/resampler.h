#pragma once
// Internal: decoded frames of any format/layout/rate -> interleaved float32 at one output rate
// and channel count, through libswresample.

#include "audio/core/ffmpeghandles.h"
#include "audio/core/result.h"

#include <vector>

namespace callqa::audio::ffmpeg {

class Resampler {
public:
    Resampler(int outRate, int outChannels);
    Resampler(const Resampler&) = delete;
    Resampler& operator=(const Resampler&) = delete;
    ~Resampler();

    // Converts samples [skip, nb_samples) of `frame` and appends them to `out`.
    Status convert(const AVFrame& frame, int skip, std::vector<float>& out);
    // Appends what the resampler still holds (end of stream).
    Status drain(std::vector<float>& out);
    // Forgets buffered input (after a seek); the next frame builds a fresh context.
    void reset();

private:
    Status configure(const AVFrame& frame);
    Status run(const std::uint8_t** in, int inSamples, std::vector<float>& out);

    int m_outRate;
    int m_outChannels;
    ResamplerPtr m_swr;
    // What the context was built for: the frame's ORIGINAL layout (see SETUP-NOTES: comparing
    // a fixed-up layout rebuilds the context on every WAV frame and loses samples).
    AVChannelLayout m_inLayout{};
    int m_inRate = 0;
    int m_inFormat = -1;
};

} // namespace callqa::audio::ffmpeg
