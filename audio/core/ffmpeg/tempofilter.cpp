#include "audio/core/ffmpeg/tempofilter.h"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/opt.h>
}

#include <cmath>
#include <cstring>
#include <string>

namespace callqa::audio::ffmpeg {

namespace {

// One atempo up to 2x; above that two in a row, each taking the square root, so both stages get
// the same value and one send_command to "atempo" reaches them all.
constexpr double kSingleStageMax = 2.0;

// As an integer ratio: FFmpeg parses option numbers with strtod, which follows LC_NUMERIC, and a
// Qt application sets that from the user's locale ("1,5").
std::string number(double value)
{
    return std::to_string(std::llround(value * 1e6)) + "/1000000";
}

double stageTempo(double tempo)
{
    return tempo > kSingleStageMax ? std::sqrt(tempo) : tempo;
}

} // namespace

TempoFilter::TempoFilter(int sampleRate, int channels)
    : m_sampleRate(sampleRate), m_channels(channels), m_frame(av_frame_alloc())
{
}

TempoFilter::~TempoFilter() = default;

int TempoFilter::stageCount(double tempo)
{
    if (tempo == 1.0)
        return 0;
    return tempo > kSingleStageMax ? 2 : 1;
}

void TempoFilter::reset()
{
    m_graph.reset();
    m_source = nullptr;
    m_sink = nullptr;
    m_nextPts = 0;
}

Status TempoFilter::setTempo(double tempo, std::vector<float>& out)
{
    if (tempo == m_tempo)
        return {};
    if (m_graph && stageCount(tempo) == stageCount(m_tempo)) {
        char reply[64] = {};
        const int rc =
            avfilter_graph_send_command(m_graph.get(), "atempo", "tempo",
                                        number(stageTempo(tempo)).c_str(), reply, sizeof reply, 0);
        if (rc >= 0) {
            m_tempo = tempo;
            return {};
        }
    }
    Status drained = drain(out);
    m_tempo = tempo;
    return drained;
}

Status TempoFilter::build()
{
    if (!m_frame)
        return Status::failure("out of memory");
    m_graph.reset(avfilter_graph_alloc());
    if (!m_graph)
        return Status::failure("out of memory");
    AVChannelLayout layout{};
    av_channel_layout_default(&layout, m_channels);
    char layoutName[64] = {};
    av_channel_layout_describe(&layout, layoutName, sizeof layoutName);
    const std::string layoutArg = layout.order == AV_CHANNEL_ORDER_NATIVE
                                      ? std::string("channel_layout=") + layoutName
                                      : "channels=" + std::to_string(m_channels);
    av_channel_layout_uninit(&layout);
    const std::string sourceArgs = "time_base=1/" + std::to_string(m_sampleRate) +
                                   ":sample_rate=" + std::to_string(m_sampleRate) +
                                   ":sample_fmt=flt:" + layoutArg;

    int rc = avfilter_graph_create_filter(&m_source, avfilter_get_by_name("abuffer"), "in",
                                          sourceArgs.c_str(), nullptr, m_graph.get());
    if (rc >= 0)
        rc = avfilter_graph_create_filter(&m_sink, avfilter_get_by_name("abuffersink"), "out",
                                          nullptr, nullptr, m_graph.get());
    if (rc >= 0) {
        const AVSampleFormat formats[] = {AV_SAMPLE_FMT_FLT, AV_SAMPLE_FMT_NONE};
        rc = av_opt_set_int_list(m_sink, "sample_fmts", formats, AV_SAMPLE_FMT_NONE,
                                 AV_OPT_SEARCH_CHILDREN);
    }
    AVFilterContext* previous = m_source;
    const std::string stageArgs = "tempo=" + number(stageTempo(m_tempo));
    for (int i = 0; rc >= 0 && i < stageCount(m_tempo); ++i) {
        AVFilterContext* stage = nullptr;
        const std::string name = "atempo" + std::to_string(i);
        rc = avfilter_graph_create_filter(&stage, avfilter_get_by_name("atempo"), name.c_str(),
                                          stageArgs.c_str(), nullptr, m_graph.get());
        if (rc >= 0)
            rc = avfilter_link(previous, 0, stage, 0);
        previous = stage;
    }
    if (rc >= 0)
        rc = avfilter_link(previous, 0, m_sink, 0);
    if (rc >= 0)
        rc = avfilter_graph_config(m_graph.get(), nullptr);
    if (rc < 0) {
        reset();
        return Status::failure("cannot build tempo filter: " + errorString(rc));
    }
    return {};
}

Status TempoFilter::push(const float* interleaved, std::size_t frames, std::vector<float>& out)
{
    if (m_tempo == 1.0 && !m_graph) {
        out.insert(out.end(), interleaved,
                   interleaved + frames * static_cast<std::size_t>(m_channels));
        return {};
    }
    if (frames == 0)
        return {};
    if (!m_graph) {
        if (Status built = build(); !built)
            return built;
    }
    AVFrame* frame = m_frame.get();
    av_frame_unref(frame);
    frame->format = AV_SAMPLE_FMT_FLT;
    frame->sample_rate = m_sampleRate;
    frame->nb_samples = static_cast<int>(frames);
    frame->pts = m_nextPts;
    av_channel_layout_default(&frame->ch_layout, m_channels);
    if (const int rc = av_frame_get_buffer(frame, 0); rc < 0)
        return Status::failure("out of memory for tempo filter: " + errorString(rc));
    std::memcpy(frame->data[0], interleaved,
                frames * sizeof(float) * static_cast<std::size_t>(m_channels));
    m_nextPts += static_cast<std::int64_t>(frames);
    if (const int rc = av_buffersrc_add_frame(m_source, frame); rc < 0)
        return Status::failure("tempo filter refused audio: " + errorString(rc));
    return pull(out);
}

Status TempoFilter::drain(std::vector<float>& out)
{
    if (!m_graph)
        return {};
    if (const int rc = av_buffersrc_add_frame(m_source, nullptr); rc < 0)
        return Status::failure("tempo filter refused end of stream: " + errorString(rc));
    Status pulled = pull(out);
    reset();
    return pulled;
}

Status TempoFilter::pull(std::vector<float>& out)
{
    AVFrame* frame = m_frame.get();
    for (;;) {
        av_frame_unref(frame);
        const int rc = av_buffersink_get_frame(m_sink, frame);
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            return {};
        if (rc < 0)
            return Status::failure("tempo filter failed: " + errorString(rc));
        const auto* samples = reinterpret_cast<const float*>(frame->data[0]);
        out.insert(out.end(), samples,
                   samples + static_cast<std::size_t>(frame->nb_samples) *
                                 static_cast<std::size_t>(m_channels));
    }
}

} // namespace callqa::audio::ffmpeg
