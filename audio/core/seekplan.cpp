#include "audio/core/seekplan.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace callqa::audio {

namespace {

// floor(a * b / c) for positive b and c. Falls back to long double where the product would
// overflow (recordings weeks long in a 1/14112000 time base).
std::int64_t rescaleFloor(std::int64_t a, std::int64_t b, std::int64_t c)
{
    const std::int64_t limit = std::numeric_limits<std::int64_t>::max() / b;
    if (a > limit || a < -limit)
        return static_cast<std::int64_t>(std::floor(static_cast<long double>(a) * b / c));
    const std::int64_t product = a * b;
    return product / c - (product % c != 0 && product < 0 ? 1 : 0);
}

} // namespace

CodecFamily codecFamily(std::string_view name)
{
    static constexpr std::array<std::pair<std::string_view, CodecFamily>, 10> prefixes{{
        {"pcm_", CodecFamily::Pcm},
        {"flac", CodecFamily::Flac},
        {"mp3", CodecFamily::Mp3},
        {"aac", CodecFamily::Aac},
        {"libopus", CodecFamily::Opus},
        {"opus", CodecFamily::Opus},
        {"vorbis", CodecFamily::Vorbis},
        {"libvorbis", CodecFamily::Vorbis},
        {"gsm", CodecFamily::Gsm},
        {"libgsm", CodecFamily::Gsm},
    }};
    for (const auto& [prefix, family] : prefixes) {
        if (name.starts_with(prefix))
            return family;
    }
    return CodecFamily::Other;
}

std::int64_t prerollSamples(CodecFamily family, int sampleRate, int frameSize)
{
    const std::int64_t ms80 = std::int64_t{sampleRate} * 80 / 1000;
    const auto frames = [frameSize](std::int64_t count, std::int64_t fallbackSize) {
        return count * (frameSize > 0 ? frameSize : fallbackSize);
    };
    switch (family) {
    case CodecFamily::Pcm:
    case CodecFamily::Flac:
        return 0;
    case CodecFamily::Mp3: // the bit reservoir reaches up to 511 bytes (several low-rate frames)
        return std::max(ms80, frames(10, 1152));
    case CodecFamily::Aac: // one frame of overlap, plus margin
        return std::max(ms80, frames(3, 1024));
    case CodecFamily::Opus: // RFC 7845: at least 80 ms of pre-roll to converge
        return std::int64_t{sampleRate} * 120 / 1000;
    case CodecFamily::Vorbis:
        return std::max(ms80, frames(2, 2048));
    case CodecFamily::Gsm: // integer filter state: 20 frames were not always enough to match
        return std::max(ms80, frames(50, 160));
    case CodecFamily::Other:
        break;
    }
    return std::int64_t{sampleRate} * 200 / 1000;
}

SeekPlan planSeek(const SeekRequest& request)
{
    SeekPlan plan;
    const std::int64_t target = std::max<std::int64_t>(request.targetSample, 0);
    const std::int64_t first = std::min(request.firstTimestamp, request.originTimestamp);
    if (request.attempt >= kLastSeekAttempt || request.sampleRate <= 0 ||
        request.timeBase.num <= 0 || request.timeBase.den <= 0) {
        plan.timestamp = first;
        plan.prerollSamples = target;
        plan.fromStart = true;
        return plan;
    }
    std::int64_t preroll = prerollSamples(request.family, request.sampleRate, request.frameSize);
    if (request.attempt > 0) // the demuxer landed late: ask for more, at least a second more
        preroll = (preroll + request.sampleRate) << (2 * request.attempt);
    // samples -> stream time base: samples / rate * den / num
    const std::int64_t offset =
        rescaleFloor(target - preroll, request.timeBase.den,
                     std::int64_t{request.sampleRate} * request.timeBase.num);
    const bool overflow = __builtin_add_overflow(request.originTimestamp, offset, &plan.timestamp);
    plan.prerollSamples = preroll;
    if (overflow || plan.timestamp <= first) {
        plan.timestamp = first;
        plan.prerollSamples = target;
        plan.fromStart = true;
    }
    return plan;
}

std::int64_t samplesToDrop(std::int64_t frameStart, std::int64_t frameSamples,
                           std::int64_t targetSample)
{
    frameSamples = std::max<std::int64_t>(frameSamples, 0);
    if (targetSample <= frameStart)
        return 0;
    // targetSample - frameStart is positive here but may not fit in 64 bits
    if (frameStart < 0 && targetSample > std::numeric_limits<std::int64_t>::max() + frameStart)
        return frameSamples;
    return std::min(targetSample - frameStart, frameSamples);
}

} // namespace callqa::audio
