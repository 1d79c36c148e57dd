#include "audio/core/decoder.h"

#include "audio/core/ffmpeg/legstream.h"
#include "audio/core/ffmpeg/tempofilter.h"
#include "audio/core/formatlimits.h"
#include "audio/core/seekplan.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
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

Status checkOutputFormat(const DecoderOptions& options)
{
    if (Status tempo = checkTempo(options.tempo); !tempo)
        return tempo;
    if (options.sampleRate == 0 && options.channels == 0)
        return {};
    const std::string error =
        formatLimitError(options.sampleRate != 0 ? options.sampleRate : kMinSampleRate,
                         options.channels != 0 ? options.channels : 1);
    return error.empty() ? Status() : Status::failure("output format: " + error);
}

} // namespace

// One leg, or two side by side (each mixed to one channel: leg 0 left, leg 1 right); a leg that
// ends first is continued with silence until the other ends.
class Decoder::Impl {
public:
    Impl(std::vector<std::unique_ptr<ffmpeg::LegStream>> legs, int outRate, int outChannels)
        : m_legs(std::move(legs)), m_outRate(outRate), m_outChannels(outChannels),
          m_tempo(outRate, outChannels)
    {
    }

    static Result<Decoder> open(std::vector<std::unique_ptr<ffmpeg::FrameReader>> readers,
                                const DecoderOptions& options);
    static Result<Decoder> openOne(Result<std::unique_ptr<ffmpeg::InputFile>> input,
                                   const DecoderOptions& options);
    Result<std::size_t> read(float* dst, std::size_t frames);
    Status seek(std::int64_t frame);
    Status setTempo(double tempo) { return m_tempo.setTempo(tempo, m_output); }
    std::size_t available() const { return (m_output.size() - m_outputOffset) / channelCount(); }
    std::size_t channelCount() const { return static_cast<std::size_t>(m_outChannels); }
    const ffmpeg::FrameReader& first() const { return m_legs.front()->reader(); }

    std::vector<std::unique_ptr<ffmpeg::LegStream>> m_legs;
    int m_outRate;
    int m_outChannels;
    ffmpeg::TempoFilter m_tempo;
    std::vector<float> m_interleaved; // two legs side by side, before the tempo filter
    std::vector<float> m_output;      // ready for read(), from m_outputOffset on
    std::size_t m_outputOffset = 0;   // in floats
    std::int64_t m_positionBase = 0;  // output frame of the last seek
    double m_positionAdvance = 0;     // media frames read since
    bool m_ended = false;

private:
    Status decodeMore();
    Status pushLegs();
};

Status Decoder::Impl::decodeMore()
{
    // The leg that is behind decodes next, so both stay about level.
    ffmpeg::LegStream* behind = nullptr;
    for (const auto& leg : m_legs)
        if (!leg->ended() && (!behind || leg->available() < behind->available()))
            behind = leg.get();
    if (behind)
        if (Status decoded = behind->decodeOne(); !decoded)
            return decoded;
    if (Status pushed = pushLegs(); !pushed)
        return pushed;
    const bool allEnded = std::all_of(m_legs.begin(), m_legs.end(), [](const auto& leg) {
        return leg->ended() && leg->available() == 0;
    });
    if (!allEnded)
        return {};
    m_ended = true;
    return m_tempo.drain(m_output);
}

Status Decoder::Impl::pushLegs()
{
    if (m_legs.size() == 1) {
        ffmpeg::LegStream& leg = *m_legs.front();
        const std::size_t n = leg.available();
        Status pushed = m_tempo.push(leg.data(), n, m_output);
        leg.consume(n);
        return pushed;
    }
    // Frames every leg has (an ended leg has all of its frames: silence after them).
    std::size_t ready = std::numeric_limits<std::size_t>::max();
    std::size_t longest = 0;
    for (const auto& leg : m_legs) {
        longest = std::max(longest, leg->available());
        if (!leg->ended())
            ready = std::min(ready, leg->available());
    }
    const std::size_t n = ready == std::numeric_limits<std::size_t>::max() ? longest : ready;
    if (n == 0)
        return {};
    m_interleaved.assign(n * channelCount(), 0.0f);
    std::size_t channel = 0;
    for (const auto& legPointer : m_legs) {
        ffmpeg::LegStream& leg = *legPointer;
        const std::size_t have = std::min(n, leg.available());
        const auto legChannels = static_cast<std::size_t>(leg.channels());
        for (std::size_t i = 0; i < have; ++i)
            for (std::size_t c = 0; c < legChannels; ++c)
                m_interleaved[i * channelCount() + channel + c] = leg.data()[i * legChannels + c];
        leg.consume(have);
        channel += legChannels;
    }
    return m_tempo.push(m_interleaved.data(), n, m_output);
}

Result<std::size_t> Decoder::Impl::read(float* dst, std::size_t frames)
{
    if (m_outputOffset > kCompactFloats) {
        m_output.erase(m_output.begin(),
                       m_output.begin() + static_cast<std::ptrdiff_t>(m_outputOffset));
        m_outputOffset = 0;
    }
    while (available() < frames && !m_ended) {
        if (Status decoded = decodeMore(); !decoded)
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
    for (const auto& leg : m_legs)
        if (Status sought = leg->seek(frame); !sought)
            return sought;
    m_output.clear();
    m_outputOffset = 0;
    m_tempo.reset();
    m_positionBase = frame;
    m_positionAdvance = 0;
    m_ended =
        std::all_of(m_legs.begin(), m_legs.end(), [](const auto& leg) { return leg->ended(); });
    return {};
}

Decoder::Decoder(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Decoder::Decoder(Decoder&&) noexcept = default;
Decoder& Decoder::operator=(Decoder&&) noexcept = default;
Decoder::~Decoder() = default;

Result<Decoder> Decoder::open(const std::string& path, const DecoderOptions& options)
{
    return Impl::openOne(ffmpeg::InputFile::open(path), options);
}

Result<Decoder> Decoder::openBuffer(std::span<const std::uint8_t> bytes,
                                    const DecoderOptions& options)
{
    return Impl::openOne(ffmpeg::InputFile::open(bytes), options);
}

Result<Decoder> Decoder::Impl::openOne(Result<std::unique_ptr<ffmpeg::InputFile>> input,
                                       const DecoderOptions& options)
{
    auto reader = ffmpeg::FrameReader::open(std::move(input));
    if (!reader)
        return failure(reader.error());
    std::vector<std::unique_ptr<ffmpeg::FrameReader>> readers;
    readers.push_back(std::move(reader.value()));
    return open(std::move(readers), options);
}

Result<Decoder> Decoder::openLegs(const std::string& firstLeg, const std::string& secondLeg,
                                  const DecoderOptions& options)
{
    if (options.channels != 0 && options.channels != 2)
        return failure("a recording in two legs plays as two channels");
    std::vector<std::unique_ptr<ffmpeg::FrameReader>> readers;
    for (const std::string& path : {firstLeg, secondLeg}) {
        auto reader = ffmpeg::FrameReader::open(ffmpeg::InputFile::open(path));
        if (!reader)
            return failure(path + ": " + reader.error());
        readers.push_back(std::move(reader.value()));
    }
    return Impl::open(std::move(readers), options);
}

Result<Decoder> Decoder::Impl::open(std::vector<std::unique_ptr<ffmpeg::FrameReader>> readers,
                                    const DecoderOptions& options)
{
    if (Status format = checkOutputFormat(options); !format)
        return failure(format.error());
    const bool twoLegs = readers.size() > 1;
    const int outRate =
        options.sampleRate != 0 ? options.sampleRate : readers.front()->sampleRate();
    const int legChannels =
        twoLegs ? 1 : (options.channels != 0 ? options.channels : readers.front()->channels());
    std::vector<std::unique_ptr<ffmpeg::LegStream>> legs;
    for (auto& reader : readers)
        legs.push_back(
            std::make_unique<ffmpeg::LegStream>(std::move(reader), outRate, legChannels));
    const int outChannels = legChannels * static_cast<int>(legs.size());
    auto impl = std::make_unique<Impl>(std::move(legs), outRate, outChannels);
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
    return m_impl->first().sampleRate();
}
int Decoder::sourceChannels() const
{
    return legs() > 1 ? legs() : m_impl->first().channels();
}
int Decoder::legs() const
{
    return static_cast<int>(m_impl->m_legs.size());
}
std::string Decoder::codecName() const
{
    return m_impl->first().codec().codec->name;
}

std::int64_t Decoder::durationFrames() const
{
    std::int64_t longest = 0;
    for (const auto& leg : m_impl->m_legs)
        longest =
            std::max(longest, leg->reader().input().duration(AVRational{1, m_impl->m_outRate}));
    return longest;
}

std::int64_t Decoder::durationMs() const
{
    std::int64_t longest = 0;
    for (const auto& leg : m_impl->m_legs)
        longest = std::max(longest, leg->reader().input().durationMs());
    return longest;
}
bool Decoder::durationExact() const
{
    return std::all_of(m_impl->m_legs.begin(), m_impl->m_legs.end(),
                       [](const auto& leg) { return leg->reader().input().durationExact(); });
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
