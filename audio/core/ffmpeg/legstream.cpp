#include "audio/core/ffmpeg/legstream.h"

#include <algorithm>

namespace callqa::audio::ffmpeg {

namespace {

// Consumed audio is erased from the front of the buffer once this many floats pile up.
constexpr std::size_t kCompactFloats = 64 * 1024;

} // namespace

LegStream::LegStream(std::unique_ptr<FrameReader> reader, int outRate, int outChannels)
    : m_reader(std::move(reader)), m_sourceRate(m_reader->sampleRate()), m_outRate(outRate),
      m_outChannels(outChannels), m_family(codecFamily(m_reader->codec().codec->name)),
      m_resampler(outRate, outChannels)
{
}

void LegStream::consume(std::size_t frames)
{
    m_offset += std::min(frames, available()) * channelCount();
    if (m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    } else if (m_offset > kCompactFloats) {
        m_buffer.erase(m_buffer.begin(), m_buffer.begin() + static_cast<std::ptrdiff_t>(m_offset));
        m_offset = 0;
    }
}

Status LegStream::decodeOne()
{
    if (m_ended)
        return {};
    auto next = m_reader->next();
    if (!next)
        return Status::failure(next.error());
    const AVFrame* frame = next.value();
    if (!frame) {
        m_ended = true;
        return m_resampler.drain(m_buffer);
    }
    std::int64_t skip = 0;
    if (m_dropUntil >= 0) {
        skip = samplesToDrop(m_reader->frameStart(), frame->nb_samples, m_dropUntil);
        if (skip >= frame->nb_samples)
            return {};
        m_dropUntil = -1;
    }
    return m_resampler.convert(*frame, static_cast<int>(skip), m_buffer);
}

Status LegStream::seek(std::int64_t frame)
{
    const std::int64_t target = av_rescale(frame, m_sourceRate, m_outRate);
    const AVStream* stream = m_reader->input().stream();
    bool ended = false;
    for (int attempt = 0; attempt <= kLastSeekAttempt; ++attempt) {
        const SeekPlan plan =
            planSeek({target, m_sourceRate, m_family, m_reader->codec().frame_size,
                      TimeBase{stream->time_base.num, stream->time_base.den},
                      m_reader->originTimestamp(), m_reader->firstPacketTimestamp(), attempt});
        if (Status sought = m_reader->seek(plan.timestamp, plan.fromStart); !sought) {
            if (plan.fromStart)
                return sought;
            continue;
        }
        auto first = m_reader->next();
        if (!first)
            return Status::failure(first.error());
        if (!first.value()) {
            ended = true;
            break;
        }
        if (m_reader->frameStart() > target && !plan.fromStart)
            continue; // landed after the target: ask for more pre-roll
        m_reader->pushBack();
        break;
    }
    m_buffer.clear();
    m_offset = 0;
    m_resampler.reset();
    m_dropUntil = target;
    m_ended = ended;
    return {};
}

} // namespace callqa::audio::ffmpeg
