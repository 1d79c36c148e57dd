#pragma once
// Pure seek planning: where to ask the demuxer to go, and what to drop after it, so that a seek
// lands on the exact sample. No FFmpeg types: table-tested on its own.

#include <cstdint>
#include <string_view>

namespace callqa::audio {

// Codecs grouped by how much audio before the target they need to decode correctly.
enum class CodecFamily { Pcm, Flac, Mp3, Aac, Opus, Vorbis, Gsm, Other };

// From an FFmpeg decoder or codec name ("pcm_mulaw", "mp3float", "opus", "libopus", "aac", ...).
CodecFamily codecFamily(std::string_view codecName);

// Samples to decode and throw away before the target so the decoder state has settled:
// 0 for stateless frames (PCM, FLAC), a few codec frames for overlapped transforms, 80 ms of
// pre-roll for Opus (RFC 7845 section 4.6). `frameSize` is the codec's frame size (0 unknown).
std::int64_t prerollSamples(CodecFamily family, int sampleRate, int frameSize);

struct TimeBase {
    int num = 1;
    int den = 1;
};

struct SeekRequest {
    std::int64_t targetSample = 0; // counted from the first decoded sample, at sampleRate
    int sampleRate = 0;
    CodecFamily family = CodecFamily::Other;
    int frameSize = 0;
    TimeBase timeBase;                // the stream's
    std::int64_t originTimestamp = 0; // stream timestamp of the first decoded sample
    // Stream timestamp of the first packet: before the origin when the codec primes (MP3
    // encoder delay, AAC priming, Opus pre-skip). Seeks near the start go here, so the decoder
    // sees the priming data again, as in a straight decode.
    std::int64_t firstTimestamp = 0;
    // 0 first. A retry (the demuxer landed after the target) asks for (pre-roll + 1 s) * 4^attempt
    // before the target; attempt kLastSeekAttempt decodes from the start.
    int attempt = 0;
};

constexpr int kLastSeekAttempt = 3;

struct SeekPlan {
    std::int64_t timestamp = 0;      // for av_seek_frame(..., AVSEEK_FLAG_BACKWARD)
    std::int64_t prerollSamples = 0; // samples before the target the demuxer is asked for
    bool fromStart = false;          // the plan seeks to the first packet
};

SeekPlan planSeek(const SeekRequest& request);

// How many leading samples of a decoded frame lie before the target (0..frameSamples).
std::int64_t samplesToDrop(std::int64_t frameStart, std::int64_t frameSamples,
                           std::int64_t targetSample);

} // namespace callqa::audio
