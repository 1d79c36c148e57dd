#include "audio/core/decoder.h"

#include "audio/core/ffmpeg/framereader.h"
#include "audio/core/ffmpeg/resampler.h"
#include "audio/core/ffmpeg/tempofilter.h"
#include "audio/core/formatlimits.h"
#include "audio/core/seekplan.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace callqa::audio {

namespace {

// Consumed output is erased from the front of the buffer once this many floats pile up.
constexpr std::size_t kCompactFloats = 64 * 1024;
// Seek targets are clamped here (years of audio), so the sample arithmetic cannot overflow.
constexpr std::int64_t kMaxSeekFrame = std::int64_t{1} << 48;

Result<Decoder> failure(std::string error)
{
    return Result<Decoder>::failure(std::move(error));
}

Status checkTempo(double tempo)
{
    if (!(tempo >= kMinTempo && tempo <= kMaxTempo))
        return Status::failure("tempo must be between 0.5 and 3.0");
    return {};
}

} // namespace

class Decoder::Impl {
public:
    Impl(std::unique_ptr<ffmpeg::FrameReader> reader, int outRate, int outChannels)
        : m_reader(std::move(reader)), m_sourceRate(m_reader->sampleRate()), m_outRate(outRate),
          m_outChannels(outChannels), m_family(codecFamily(m_reader->codec().codec->name)),
          m_resampler(outRate, outChannels), m_tempo(outRate, outChannels)
    {
    }

    static Result<Decoder> open(Result<std::unique_ptr<ffmpeg::InputFile>> input,
                                const DecoderOptions& options);
    Result<std::size_t> read(float* dst, std::size_t frames);
    Status seek(std::int64_t frame);
    Status setTempo(double tempo) { return m_tempo.setTempo(tempo, m_output); }
    std::size_t available() const { return (m_output.size() - m_outputOffset) / channelCount(); }
    std::size_t channelCount() const { return static_cast<std::size_t>(m_outChannels); }

    std::unique_ptr<ffmpeg::FrameReader> m_reader;
    int m_sourceRate;
    int m_outRate;
    int m_outChannels;
    CodecFamily m_family;
    ffmpeg::Resampler m_resampler;
    ffmpeg::TempoFilter m_tempo;
    std::vector<float> m_converted;  // one frame after the resampler, before the tempo filter
    std::vector<float> m_output;     // ready for read(), from m_outputOffset on
    std::size_t m_outputOffset = 0;  // in floats
    std::int64_t m_dropUntil = -1;   // after a seek: first source sample to hand out
    std::int64_t m_positionBase = 0; // output frame of the last seek
    double m_positionAdvance = 0;    // media frames read since
    bool m_ended = false;

private:
    Status decodeOne();
};

Status Decoder::Impl::decodeOne()
{
    auto next = m_reader->next();
    if (!next)
        return Status::failure(next.error());
    const AVFrame* frame = next.value();
    m_converted.clear();
    if (!frame) {
        m_ended = true;
        Status drained = m_resampler.drain(m_converted);
        if (drained)
            drained =
                m_tempo.push(m_converted.data(), m_converted.size() / channelCount(), m_output);
        return drained ? m_tempo.drain(m_output) : drained;
    }
    std::int64_t skip = 0;
    if (m_dropUntil >= 0) {
        skip = samplesToDrop(m_reader->frameStart(), frame->nb_samples, m_dropUntil);
        if (skip >= frame->nb_samples)
            return {};
        m_dropUntil = -1;
    }
    if (Status converted = m_resampler.convert(*frame, static_cast<int>(skip), m_converted);
        !converted)
        return converted;
    return m_tempo.push(m_converted.data(), m_converted.size() / channelCount(), m_output);
}

Result<std::size_t> Decoder::Impl::read(float* dst, std::size_t frames)
{
    if (m_outputOffset > kCompactFloats) {
        m_output.erase(m_output.begin(),
                       m_output.begin() + static_cast<std::ptrdiff_t>(m_outputOffset));
        m_outputOffset = 0;
    }
    while (available() < frames && !m_ended) {
        if (Status decoded = decodeOne(); !decoded)
            return Result<std::size_t>::failure(decoded.error());
    }
    const std::size_t n = std::min(frames, available());
    if (n > 0)
        std::memcpy(dst, m_output.data() + m_outputOffset, n * channelCount() * sizeof(float));
    m_outputOffset += n * channelCount();
    if (m_outputOffset == m_output.size()) {
        m_output.clear();
        m_outputOffset = 0;
    }
    m_positionAdvance += static_cast<double>(n) * m_tempo.tempo();
    return n;
}

Status Decoder::Impl::seek(std::int64_t frame)
{
    frame = std::clamp<std::int64_t>(frame, 0, kMaxSeekFrame);
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
    m_output.clear();
    m_outputOffset = 0;
    m_resampler.reset();
    m_tempo.reset();
    m_dropUntil = target;
    m_positionBase = frame;
    m_positionAdvance = 0;
    m_ended = ended;
    return {};
}

Decoder::Decoder(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Decoder::Decoder(Decoder&&) noexcept = default;
Decoder& Decoder::operator=(Decoder&&) noexcept = default;
Decoder::~Decoder() = default;

Result<Decoder> Decoder::open(const std::string& path, const DecoderOptions& options)
{
    return Impl::open(ffmpeg::InputFile::open(path), options);
}

Result<Decoder> Decoder::openBuffer(std::span<const std::uint8_t> bytes,
                                    const DecoderOptions& options)
{
    return Impl::open(ffmpeg::InputFile::open(bytes), options);
}

Result<Decoder> Decoder::Impl::open(Result<std::unique_ptr<ffmpeg::InputFile>> input,
                                    const DecoderOptions& options)
{
    if (Status tempo = checkTempo(options.tempo); !tempo)
        return failure(tempo.error());
    if (options.sampleRate != 0 || options.channels != 0) {
        const std::string error =
            formatLimitError(options.sampleRate != 0 ? options.sampleRate : kMinSampleRate,
                             options.channels != 0 ? options.channels : 1);
        if (!error.empty())
            return failure("output format: " + error);
    }
    auto reader = ffmpeg::FrameReader::open(std::move(input));
    if (!reader)
        return failure(reader.error());
    const int outRate = options.sampleRate != 0 ? options.sampleRate : reader.value()->sampleRate();
    const int outChannels = options.channels != 0 ? options.channels : reader.value()->channels();
    auto impl = std::make_unique<Impl>(std::move(reader.value()), outRate, outChannels);
    std::vector<float> nothing;
    if (Status tempo = impl->m_tempo.setTempo(options.tempo, nothing); !tempo)
        return failure(tempo.error());
    return Decoder(std::move(impl));
}

int Decoder::sampleRate() const
{
    return m_impl->m_outRate;
}
int Decoder::channels() const
{
    return m_impl->m_outChannels;
}
int Decoder::sourceSampleRate() const
{
    return m_impl->m_sourceRate;
}
int Decoder::sourceChannels() const
{
    return m_impl->m_reader->channels();
}
std::string Decoder::codecName() const
{
    return m_impl->m_reader->codec().codec->name;
}

std::int64_t Decoder::durationFrames() const
{
    return m_impl->m_reader->input().duration(AVRational{1, m_impl->m_outRate});
}

std::int64_t Decoder::durationMs() const
{
    return m_impl->m_reader->input().durationMs();
}
bool Decoder::durationExact() const
{
    return m_impl->m_reader->input().durationExact();
}

std::int64_t Decoder::position() const
{
    return m_impl->m_positionBase + std::llround(m_impl->m_positionAdvance);
}

std::int64_t Decoder::positionMs() const
{
    return position() * 1000 / m_impl->m_outRate;
}

Result<std::size_t> Decoder::read(float* dst, std::size_t frames)
{
    return m_impl->read(dst, frames);
}

bool Decoder::atEnd() const
{
    return m_impl->m_ended && m_impl->available() == 0;
}

Status Decoder::seek(std::int64_t frame)
{
    return m_impl->seek(frame);
}

Status Decoder::seekMs(std::int64_t ms)
{
    return m_impl->seek(
        av_rescale(std::clamp<std::int64_t>(ms, 0, kMaxSeekFrame), m_impl->m_outRate, 1000));
}

Status Decoder::setTempo(double tempo)
{
    if (Status valid = checkTempo(tempo); !valid)
        return valid;
    return m_impl->setTempo(tempo);
}

double Decoder::tempo() const
{
    return m_impl->m_tempo.tempo();
}

} // namespace callqa::audio
