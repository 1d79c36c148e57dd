#include "audio/core/ffmpeg/framereader.h"

#include "audio/core/formatlimits.h"

namespace callqa::audio::ffmpeg {

namespace {

// A corrupt stream may fail on every packet or yield nothing from thousands of packets; these
// caps turn that into an error (or, for read errors, the end) instead of a hang.
constexpr int kMaxConsecutiveDecodeErrors = 100;
constexpr int kMaxConsecutiveReadErrors = 16;
constexpr int kMaxReadsWithoutFrame = 20000;

// Frame positions further than this from the origin (about 800 years at 384 kHz) come from a
// damaged stream; such a frame is placed after the previous one instead.
constexpr std::int64_t kMaxSamplePosition = std::int64_t{1} << 53;

using ReaderResult = Result<std::unique_ptr<FrameReader>>;
using FrameResult = Result<const AVFrame*>;

} // namespace

FrameReader::~FrameReader() = default;

ReaderResult FrameReader::open(Result<std::unique_ptr<InputFile>> input)
{
    if (!input)
        return ReaderResult::failure(input.error());
    auto reader = std::make_unique<FrameReader>();
    reader->m_input = std::move(input.value());
    reader->m_packet.reset(av_packet_alloc());
    reader->m_frame.reset(av_frame_alloc());
    if (!reader->m_packet || !reader->m_frame)
        return ReaderResult::failure("out of memory");
    if (Status codec = reader->openCodec(); !codec)
        return ReaderResult::failure(codec.error());

    auto first = reader->decodeNext();
    if (!first)
        return ReaderResult::failure(first.error());
    if (!first.value())
        return ReaderResult::failure("no audio could be decoded (empty or corrupt recording)");
    const AVFrame* frame = first.value();
    reader->m_origin =
        frame->best_effort_timestamp != AV_NOPTS_VALUE ? frame->best_effort_timestamp : 0;
    if (reader->m_firstPacket == AV_NOPTS_VALUE || reader->m_firstPacket > reader->m_origin)
        reader->m_firstPacket = reader->m_origin;
    reader->m_sampleRate = frame->sample_rate;
    reader->m_channels = frame->ch_layout.nb_channels;
    reader->m_frameStart = 0;
    reader->m_nextStart = frame->nb_samples;
    reader->m_pending = true;
    return reader;
}

Status FrameReader::openCodec()
{
    const AVStream* stream = m_input->stream();
    m_codec.reset(avcodec_alloc_context3(m_input->codec()));
    if (!m_codec)
        return Status::failure("out of memory");
    if (const int rc = avcodec_parameters_to_context(m_codec.get(), stream->codecpar); rc < 0)
        return Status::failure("cannot set up decoder: " + errorString(rc));
    // Without pkt_timebase the decoder cannot move timestamps past Opus pre-skip or AAC/MP3
    // priming, and seeks land off by those samples.
    m_codec->pkt_timebase = stream->time_base;
    m_codec->thread_count = 1;
    if (const int rc = avcodec_open2(m_codec.get(), m_input->codec(), nullptr); rc < 0)
        return Status::failure("cannot open decoder: " + errorString(rc));
    if (std::string error = formatLimitError(m_codec->sample_rate, m_codec->ch_layout.nb_channels);
        !error.empty())
        return Status::failure(std::move(error));
    return {};
}

FrameResult FrameReader::next()
{
    if (m_pending) {
        m_pending = false;
        return static_cast<const AVFrame*>(m_frame.get());
    }
    auto frame = decodeNext();
    if (frame && frame.value())
        placeFrame();
    return frame;
}

std::optional<std::int64_t> FrameReader::sinceOrigin(std::int64_t timestamp, int sampleRate) const
{
    std::int64_t difference = 0;
    if (timestamp == AV_NOPTS_VALUE || __builtin_sub_overflow(timestamp, m_origin, &difference))
        return std::nullopt;
    const std::int64_t samples =
        av_rescale_q(difference, m_input->stream()->time_base, AVRational{1, sampleRate});
    if (samples > kMaxSamplePosition || samples < -kMaxSamplePosition)
        return std::nullopt;
    return samples;
}

void FrameReader::placeFrame()
{
    const AVFrame* frame = m_frame.get();
    m_frameStart =
        sinceOrigin(frame->best_effort_timestamp, frame->sample_rate).value_or(m_nextStart);
    m_nextStart = m_frameStart + frame->nb_samples;
}

FrameResult FrameReader::decodeNext()
{
    if (m_finished)
        return static_cast<const AVFrame*>(nullptr);
    for (;;) {
        const int rc = avcodec_receive_frame(m_codec.get(), m_frame.get());
        if (rc == 0) {
            if (m_frame->nb_samples <= 0) {
                av_frame_unref(m_frame.get());
                continue;
            }
            if (std::string error =
                    formatLimitError(m_frame->sample_rate, m_frame->ch_layout.nb_channels);
                !error.empty())
                return FrameResult::failure("decoded frame: " + error);
            m_decodeErrors = 0;
            m_readsWithoutFrame = 0;
            return static_cast<const AVFrame*>(m_frame.get());
        }
        if (rc == AVERROR_EOF) {
            m_finished = true;
            return static_cast<const AVFrame*>(nullptr);
        }
        if (rc != AVERROR(EAGAIN)) {
            if (++m_decodeErrors > kMaxConsecutiveDecodeErrors)
                return FrameResult::failure("too many decode errors: " + errorString(rc));
            continue;
        }
        if (m_flushSent) { // a decoder that says EAGAIN after the flush has nothing more
            m_finished = true;
            return static_cast<const AVFrame*>(nullptr);
        }
        if (Status fed = feedDecoder(); !fed)
            return FrameResult::failure(fed.error());
    }
}

Status FrameReader::feedDecoder()
{
    for (;;) {
        if (++m_readsWithoutFrame > kMaxReadsWithoutFrame)
            return Status::failure("no audio decoded from " +
                                   std::to_string(kMaxReadsWithoutFrame) + " packets");
        const int rc = av_read_frame(m_input->format(), m_packet.get());
        if (rc == AVERROR(EAGAIN))
            continue;
        // A read error that persists is a truncated or damaged tail: end the stream there.
        if (rc < 0 && rc != AVERROR_EOF && ++m_readErrors <= kMaxConsecutiveReadErrors)
            continue;
        if (rc < 0) {
            m_flushSent = true;
            avcodec_send_packet(m_codec.get(), nullptr);
            return {};
        }
        m_readErrors = 0;
        if (m_packet->stream_index != m_input->streamIndex()) {
            av_packet_unref(m_packet.get());
            continue;
        }
        if (m_firstPacket == AV_NOPTS_VALUE)
            m_firstPacket = m_packet->pts != AV_NOPTS_VALUE ? m_packet->pts : m_packet->dts;
        const int sent = avcodec_send_packet(m_codec.get(), m_packet.get());
        av_packet_unref(m_packet.get());
        if (sent < 0 && sent != AVERROR(EAGAIN) && ++m_decodeErrors > kMaxConsecutiveDecodeErrors)
            return Status::failure("too many decode errors: " + errorString(sent));
        return {};
    }
}

Status FrameReader::seek(std::int64_t timestamp, bool freshDecoder)
{
    const int index = m_input->streamIndex();
    int rc = av_seek_frame(m_input->format(), index, timestamp, AVSEEK_FLAG_BACKWARD);
    if (rc < 0)
        rc = avformat_seek_file(m_input->format(), index, INT64_MIN, timestamp, timestamp, 0);
    if (rc < 0)
        return Status::failure("cannot seek: " + errorString(rc));
    if (!freshDecoder)
        avcodec_flush_buffers(m_codec.get());
    else if (Status opened = openCodec(); !opened)
        return opened;
    m_nextStart = sinceOrigin(timestamp, m_sampleRate).value_or(0);
    m_pending = false;
    m_flushSent = false;
    m_finished = false;
    m_decodeErrors = 0;
    m_readErrors = 0;
    m_readsWithoutFrame = 0;
    return {};
}

} // namespace callqa::audio::ffmpeg
