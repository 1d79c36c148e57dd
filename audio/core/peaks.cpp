#include "audio/core/peaks.h"

#include "audio/core/formatlimits.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace callqa::audio {

namespace {

constexpr std::uint8_t kMagic[4] = {'C', 'Q', 'P', 'K'};
constexpr std::uint16_t kVersion = 1;
// magic 4, version 2, channels 2, rate 4, samples per bucket 4, frames 8, buckets 8
constexpr std::size_t kHeaderSize = 32;

void put(std::vector<std::uint8_t>& out, std::uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
}

std::uint64_t get(std::span<const std::uint8_t> in, std::size_t offset, int bytes)
{
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i)
        value |= std::uint64_t{in[offset + static_cast<std::size_t>(i)]} << (8 * i);
    return value;
}

} // namespace

std::int16_t peakValue(float sample)
{
    const float scaled = std::clamp(sample, -1.0f, 1.0f) * 32767.0f;
    return static_cast<std::int16_t>(std::lrint(std::isnan(scaled) ? 0.0f : scaled));
}

Peaks::Peaks(int channels, int sampleRate, int samplesPerBucket, std::int64_t frames,
             std::vector<std::int16_t> minMax)
    : m_channels(channels), m_sampleRate(sampleRate), m_samplesPerBucket(samplesPerBucket),
      m_frames(frames), m_minMax(std::move(minMax))
{
}

std::size_t Peaks::bucketCount() const
{
    return m_channels > 0 ? m_minMax.size() / (2 * static_cast<std::size_t>(m_channels)) : 0;
}

std::int16_t Peaks::min(std::size_t bucket, int channel) const
{
    return m_minMax[(bucket * static_cast<std::size_t>(m_channels) +
                     static_cast<std::size_t>(channel)) *
                    2];
}

std::int16_t Peaks::max(std::size_t bucket, int channel) const
{
    return m_minMax[(bucket * static_cast<std::size_t>(m_channels) +
                     static_cast<std::size_t>(channel)) *
                        2 +
                    1];
}

Peaks Peaks::coarser(int factor) const
{
    factor = std::max(factor, 1);
    const std::size_t channels = static_cast<std::size_t>(m_channels);
    const std::size_t step = static_cast<std::size_t>(factor);
    const std::size_t buckets = bucketCount();
    std::vector<std::int16_t> out;
    out.reserve((buckets + step - 1) / step * channels * 2);
    for (std::size_t first = 0; first < buckets; first += step) {
        const std::size_t last = std::min(first + step, buckets);
        for (std::size_t c = 0; c < channels; ++c) {
            std::int16_t lo = std::numeric_limits<std::int16_t>::max();
            std::int16_t hi = std::numeric_limits<std::int16_t>::min();
            for (std::size_t b = first; b < last; ++b) {
                lo = std::min(lo, m_minMax[(b * channels + c) * 2]);
                hi = std::max(hi, m_minMax[(b * channels + c) * 2 + 1]);
            }
            out.push_back(lo);
            out.push_back(hi);
        }
    }
    const std::int64_t spb = std::min<std::int64_t>(std::int64_t{m_samplesPerBucket} * factor,
                                                    std::numeric_limits<int>::max());
    return Peaks(m_channels, m_sampleRate, static_cast<int>(spb), m_frames, std::move(out));
}

std::vector<std::uint8_t> Peaks::serialize() const
{
    std::vector<std::uint8_t> out;
    out.reserve(kHeaderSize + m_minMax.size() * 2);
    for (const std::uint8_t byte : kMagic) // not insert(): GCC 12 -O3 warns falsely on it
        out.push_back(byte);
    put(out, kVersion, 2);
    put(out, static_cast<std::uint64_t>(m_channels), 2);
    put(out, static_cast<std::uint64_t>(m_sampleRate), 4);
    put(out, static_cast<std::uint64_t>(m_samplesPerBucket), 4);
    put(out, static_cast<std::uint64_t>(m_frames), 8);
    put(out, bucketCount(), 8);
    for (const std::int16_t v : m_minMax)
        put(out, static_cast<std::uint16_t>(v), 2);
    return out;
}

Result<Peaks> Peaks::deserialize(std::span<const std::uint8_t> bytes)
{
    using R = Result<Peaks>;
    if (bytes.size() < kHeaderSize ||
        !std::equal(std::begin(kMagic), std::end(kMagic), bytes.begin()))
        return R::failure("not a peaks file");
    if (get(bytes, 4, 2) != kVersion)
        return R::failure("unsupported peaks version " + std::to_string(get(bytes, 4, 2)));
    const auto channels = static_cast<int>(get(bytes, 6, 2));
    const auto rate = static_cast<std::int64_t>(get(bytes, 8, 4));
    const auto spb = static_cast<std::int64_t>(get(bytes, 12, 4));
    const std::uint64_t frames = get(bytes, 16, 8);
    const std::uint64_t buckets = get(bytes, 24, 8);
    if (channels < 1 || channels > kMaxChannels || rate < kMinSampleRate || rate > kMaxSampleRate ||
        spb < 1 || spb > std::numeric_limits<int>::max())
        return R::failure("peaks header is damaged");
    const std::uint64_t values = (bytes.size() - kHeaderSize) / 2;
    if ((bytes.size() - kHeaderSize) % 2 != 0 || buckets > values ||
        buckets * 2 * static_cast<std::uint64_t>(channels) != values ||
        frames > buckets * static_cast<std::uint64_t>(spb))
        return R::failure("peaks data size does not match its header");
    std::vector<std::int16_t> minMax(static_cast<std::size_t>(values));
    for (std::size_t i = 0; i < minMax.size(); ++i)
        minMax[i] = static_cast<std::int16_t>(get(bytes, kHeaderSize + 2 * i, 2));
    return Peaks(channels, static_cast<int>(rate), static_cast<int>(spb),
                 static_cast<std::int64_t>(frames), std::move(minMax));
}

} // namespace callqa::audio
