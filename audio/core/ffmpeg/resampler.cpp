#include "audio/core/ffmpeg/resampler.h"

#include <array>

namespace callqa::audio::ffmpeg {

namespace {

// swr's default matrix mixes stereo to mono at +3 dB for identical channels and spreads mono
// at -3 dB: use plain averages and copies instead.
Status setPlainMatrix(SwrContext* swr, int inChannels, int outChannels)
{
    std::vector<double> matrix;
    if (outChannels == 1 && inChannels > 1)
        matrix.assign(static_cast<std::size_t>(inChannels), 1.0 / inChannels);
    else if (inChannels == 1 && outChannels > 1)
        matrix.assign(static_cast<std::size_t>(outChannels), 1.0);
    else
        return {};
    if (const int rc = swr_set_matrix(swr, matrix.data(), inChannels); rc < 0)
        return Status::failure("cannot set mixing matrix: " + errorString(rc));
    return {};
}

} // namespace

Resampler::Resampler(int outRate, int outChannels) : m_outRate(outRate), m_outChannels(outChannels)
{
}

Resampler::~Resampler()
{
    av_channel_layout_uninit(&m_inLayout);
}

void Resampler::reset()
{
    m_swr.reset();
}

Status Resampler::configure(const AVFrame& frame)
{
    if (m_swr && frame.sample_rate == m_inRate && frame.format == m_inFormat &&
        av_channel_layout_compare(&frame.ch_layout, &m_inLayout) == 0)
        return {};
    m_swr.reset();
    av_channel_layout_uninit(&m_inLayout);
    if (const int rc = av_channel_layout_copy(&m_inLayout, &frame.ch_layout); rc < 0)
        return Status::failure("cannot copy channel layout: " + errorString(rc));
    m_inRate = frame.sample_rate;
    m_inFormat = frame.format;

    AVChannelLayout inLayout{};
    if (frame.ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&inLayout, frame.ch_layout.nb_channels);
    else if (const int rc = av_channel_layout_copy(&inLayout, &frame.ch_layout); rc < 0)
        return Status::failure("cannot copy channel layout: " + errorString(rc));
    AVChannelLayout outLayout{};
    av_channel_layout_default(&outLayout, m_outChannels);

    SwrContext* raw = nullptr;
    const int rc = swr_alloc_set_opts2(&raw, &outLayout, AV_SAMPLE_FMT_FLT, m_outRate, &inLayout,
                                       static_cast<AVSampleFormat>(frame.format), frame.sample_rate,
                                       0, nullptr);
    m_swr.reset(raw);
    const int inChannels = inLayout.nb_channels;
    av_channel_layout_uninit(&inLayout);
    av_channel_layout_uninit(&outLayout);
    if (rc < 0 || !m_swr)
        return Status::failure("cannot create resampler: " + errorString(rc));
    if (Status matrix = setPlainMatrix(m_swr.get(), inChannels, m_outChannels); !matrix) {
        m_swr.reset();
        return matrix;
    }
    if (const int init = swr_init(m_swr.get()); init < 0) {
        m_swr.reset();
        return Status::failure("cannot start resampler: " + errorString(init));
    }
    return {};
}

Status Resampler::convert(const AVFrame& frame, int skip, std::vector<float>& out)
{
    if (Status configured = configure(frame); !configured)
        return configured;
    const int count = frame.nb_samples - skip;
    if (count <= 0)
        return {};
    const auto format = static_cast<AVSampleFormat>(frame.format);
    const int channels = frame.ch_layout.nb_channels;
    const int bytes = av_get_bytes_per_sample(format);
    const bool planar = av_sample_fmt_is_planar(format);
    const int planes = planar ? channels : 1;
    const std::size_t offset = static_cast<std::size_t>(skip) * bytes * (planar ? 1 : channels);
    std::array<const std::uint8_t*, 32> in{}; // kMaxChannels planes at most
    for (int i = 0; i < planes; ++i)
        in[static_cast<std::size_t>(i)] = frame.extended_data[i] + offset;
    return run(in.data(), count, out);
}

Status Resampler::drain(std::vector<float>& out)
{
    if (!m_swr)
        return {};
    return run(nullptr, 0, out);
}

Status Resampler::run(const std::uint8_t** in, int inSamples, std::vector<float>& out)
{
    for (;;) {
        const std::int64_t capacity = av_rescale_rnd(
            swr_get_delay(m_swr.get(), m_inRate) + inSamples, m_outRate, m_inRate, AV_ROUND_UP);
        if (capacity <= 0 && in)
            return {};
        const std::size_t used = out.size();
        out.resize(used + static_cast<std::size_t>(std::max<std::int64_t>(capacity, 1)) *
                              static_cast<std::size_t>(m_outChannels));
        auto* dst = reinterpret_cast<std::uint8_t*>(out.data() + used);
        const int made =
            swr_convert(m_swr.get(), &dst, static_cast<int>(std::max<std::int64_t>(capacity, 1)),
                        in, inSamples);
        if (made < 0) {
            out.resize(used);
            return Status::failure("resampling failed: " + errorString(made));
        }
        out.resize(used + static_cast<std::size_t>(made) * static_cast<std::size_t>(m_outChannels));
        if (in || made == 0) // one call converts all input; draining repeats until empty
            return {};
    }
}

} // namespace callqa::audio::ffmpeg
