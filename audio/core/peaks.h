#pragma once
// Waveform peaks: min/max per bucket of samples, per channel (channels kept apart: stereo calls
// have the agent on one side and the customer on the other). Compact, serialisable, and
// coarser zoom levels derive from a finer one without decoding again.

#include "audio/core/result.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace callqa::audio {

class Peaks {
public:
    Peaks() = default;
    // `minMax` holds, bucket after bucket and channel after channel, a min then a max, as
    // int16 full scale (32767 = 1.0).
    Peaks(int channels, int sampleRate, int samplesPerBucket, std::int64_t frames,
          std::vector<std::int16_t> minMax);

    int channels() const { return m_channels; }
    int sampleRate() const { return m_sampleRate; }
    int samplesPerBucket() const { return m_samplesPerBucket; }
    std::int64_t frames() const { return m_frames; } // audio frames covered
    std::size_t bucketCount() const;
    std::int16_t min(std::size_t bucket, int channel) const;
    std::int16_t max(std::size_t bucket, int channel) const;
    const std::vector<std::int16_t>& data() const { return m_minMax; }

    // Every `factor` buckets become one (min of mins, max of maxes); factor >= 1.
    Peaks coarser(int factor) const;

    // Little-endian "CQPK" v1: header (magic, version, channels, rate, samples per bucket,
    // frames, bucket count) then the int16 pairs. deserialize checks every field and size.
    std::vector<std::uint8_t> serialize() const;
    static Result<Peaks> deserialize(std::span<const std::uint8_t> bytes);

    bool operator==(const Peaks&) const = default;

private:
    int m_channels = 0;
    int m_sampleRate = 0;
    int m_samplesPerBucket = 0;
    std::int64_t m_frames = 0;
    std::vector<std::int16_t> m_minMax;
};

// float sample -> int16 full scale, clamped.
std::int16_t peakValue(float sample);

} // namespace callqa::audio
