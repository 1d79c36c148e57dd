#include "audio/playback/engine/outputformat.h"

#include "audio/core/formatlimits.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace callqa::audio {

namespace {

constexpr int kFallbackRate = 48000;

template <typename T> void store(char* out, std::size_t index, T value)
{
    std::memcpy(out + index * sizeof(T), &value, sizeof(T));
}

} // namespace

QAudioFormat chooseOutputFormat(const QAudioFormat& preferred)
{
    QAudioFormat format;
    const int rate = preferred.sampleRate();
    format.setSampleRate(rate >= kMinSampleRate && rate <= kMaxSampleRate ? rate : kFallbackRate);
    format.setChannelCount(preferred.channelCount() == 1 ? 1 : 2);
    switch (preferred.sampleFormat()) {
    case QAudioFormat::UInt8:
    case QAudioFormat::Int16:
    case QAudioFormat::Int32:
    case QAudioFormat::Float:
        format.setSampleFormat(preferred.sampleFormat());
        break;
    default:
        format.setSampleFormat(QAudioFormat::Float);
        break;
    }
    return format;
}

void writeSamples(std::span<const float> samples, QAudioFormat::SampleFormat format, char* out)
{
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const float v = std::clamp(samples[i], -1.0f, 1.0f);
        switch (format) {
        case QAudioFormat::UInt8:
            store(out, i, static_cast<std::uint8_t>(std::lround(v * 127.0f) + 128));
            break;
        case QAudioFormat::Int16:
            store(out, i, static_cast<std::int16_t>(std::lround(v * 32767.0f)));
            break;
        case QAudioFormat::Int32:
            store(out, i, static_cast<std::int32_t>(std::llround(double{v} * 2147483647.0)));
            break;
        case QAudioFormat::Float:
            store(out, i, v);
            break;
        default:
            break;
        }
    }
}

} // namespace callqa::audio
