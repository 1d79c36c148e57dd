// libFuzzer target: bytes -> in-memory AVIOContext -> open, decode, seek, decode, tempo, and the
// one-pass analysis. Anything but an error value or clean audio (a crash, a leak, a hang, a
// blow-up past -malloc_limit_mb) is a finding. Run it with fuzz/run.sh.

#include "audio/core/analyzefile.h"
#include "audio/core/decoder.h"

extern "C" {
#include <libavutil/log.h>
}

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

using namespace callqa::audio;

namespace {

// A few hundred bytes can claim hours of audio: decode a bounded amount per input.
constexpr std::size_t kChunk = 1024;
constexpr std::size_t kMaxFramesPerRead = 64 * 1024;
constexpr std::int64_t kMaxAnalysisMs = 120 * 1000;

void readSome(Decoder& decoder, std::size_t frames)
{
    std::vector<float> buffer(kChunk * static_cast<std::size_t>(decoder.channels()));
    for (std::size_t done = 0; done < frames;) {
        auto n = decoder.read(buffer.data(), kChunk);
        if (!n || n.value() == 0)
            return;
        done += n.value();
    }
}

void exercise(std::span<const std::uint8_t> bytes, const DecoderOptions& options)
{
    auto opened = Decoder::openBuffer(bytes, options);
    if (!opened)
        return;
    Decoder& decoder = opened.value();
    readSome(decoder, kMaxFramesPerRead);
    const std::int64_t middle =
        decoder.durationFrames() > 0 ? decoder.durationFrames() / 2 : decoder.position() / 2;
    if (decoder.seek(middle))
        readSome(decoder, kMaxFramesPerRead / 4);
    if (decoder.setTempo(2.5) && decoder.seek(1))
        readSome(decoder, kMaxFramesPerRead / 4);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    av_log_set_level(AV_LOG_QUIET);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::span<const std::uint8_t> bytes(data, size);
    exercise(bytes, {});
    exercise(bytes, {48000, 2, 1.0}); // through the resampler
    AnalysisOptions options;
    options.progress = [](std::int64_t ms) { return ms < kMaxAnalysisMs; };
    (void)analyzeBuffer(bytes, options);
    return 0;
}
