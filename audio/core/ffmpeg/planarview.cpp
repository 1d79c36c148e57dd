#include "audio/core/ffmpeg/planarview.h"

#include <cstdint>

namespace callqa::audio::ffmpeg {

namespace {

float toFloat(std::uint8_t v)
{
    return (static_cast<float>(v) - 128.0f) * (1.0f / 128.0f);
}
float toFloat(std::int16_t v)
{
    return static_cast<float>(v) * (1.0f / 32768.0f);
}
float toFloat(std::int32_t v)
{
    return static_cast<float>(v) * (1.0f / 2147483648.0f);
}
float toFloat(std::int64_t v)
{
    return static_cast<float>(static_cast<double>(v) * 0x1p-63);
}
float toFloat(float v)
{
    return v;
}
float toFloat(double v)
{
    return static_cast<float>(v);
}

// Copies channel `channel` of `source` (interleaved when `stride` > 1) into `dst` as float.
template <typename T>
void convert(const std::uint8_t* source, std::size_t channel, std::size_t stride,
             std::size_t samples, float* dst)
{
    const T* in = reinterpret_cast<const T*>(source) + channel;
    for (std::size_t i = 0; i < samples; ++i)
        dst[i] = toFloat(in[i * stride]);
}

using Converter = void (*)(const std::uint8_t*, std::size_t, std::size_t, std::size_t, float*);

Converter converterFor(AVSampleFormat packedFormat)
{
    switch (packedFormat) {
    case AV_SAMPLE_FMT_U8:
        return &convert<std::uint8_t>;
    case AV_SAMPLE_FMT_S16:
        return &convert<std::int16_t>;
    case AV_SAMPLE_FMT_S32:
        return &convert<std::int32_t>;
    case AV_SAMPLE_FMT_S64:
        return &convert<std::int64_t>;
    case AV_SAMPLE_FMT_FLT:
        return &convert<float>;
    case AV_SAMPLE_FMT_DBL:
        return &convert<double>;
    default:
        return nullptr;
    }
}

} // namespace

Status PlanarView::assign(const AVFrame& frame)
{
    const auto format = static_cast<AVSampleFormat>(frame.format);
    const auto channels = static_cast<std::size_t>(frame.ch_layout.nb_channels);
    m_samples = static_cast<std::size_t>(frame.nb_samples);
    m_planes.resize(channels);
    if (format == AV_SAMPLE_FMT_FLTP) {
        for (std::size_t c = 0; c < channels; ++c)
            m_planes[c] = reinterpret_cast<const float*>(frame.extended_data[c]);
        return {};
    }
    const Converter converter = converterFor(av_get_packed_sample_fmt(format));
    if (!converter)
        return Status::failure("unsupported sample format");
    const bool planar = av_sample_fmt_is_planar(format);
    if (m_buffers.size() < channels)
        m_buffers.resize(channels);
    for (std::size_t c = 0; c < channels; ++c) {
        m_buffers[c].resize(m_samples);
        if (planar)
            converter(frame.extended_data[c], 0, 1, m_samples, m_buffers[c].data());
        else
            converter(frame.extended_data[0], c, channels, m_samples, m_buffers[c].data());
        m_planes[c] = m_buffers[c].data();
    }
    return {};
}

} // namespace callqa::audio::ffmpeg
