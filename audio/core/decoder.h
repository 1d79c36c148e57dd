#pragma once
// Streaming decoder for one recording: interleaved float32 at a chosen rate and channel count,
// sample-exact seeks, tempo 0.5x..3x with pitch kept. Plain C++; FFmpeg stays behind the pimpl.

#include "audio/core/result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>

namespace callqa::audio {

struct DecoderOptions {
    int sampleRate = 0; // output rate; 0 keeps the recording's own
    int channels = 0;   // output channels; 0 keeps the recording's own
    double tempo = 1.0; // kMinTempo..kMaxTempo
};

constexpr double kMinTempo = 0.5;
constexpr double kMaxTempo = 3.0;

class Decoder {
public:
    static Result<Decoder> open(const std::string& path, const DecoderOptions& options = {});
    // `bytes` must outlive the decoder.
    static Result<Decoder> openBuffer(std::span<const std::uint8_t> bytes,
                                      const DecoderOptions& options = {});
    // A call recorded one direction per file: each leg mixed to one channel, the first on
    // channel 0 and the second on channel 1, sample-aligned from their starts; the shorter leg
    // goes on as silence. options.channels must be 0 or 2.
    static Result<Decoder> openLegs(const std::string& firstLeg, const std::string& secondLeg,
                                    const DecoderOptions& options = {});

    Decoder(Decoder&&) noexcept;
    Decoder& operator=(Decoder&&) noexcept;
    ~Decoder();

    int sampleRate() const; // of the output
    int channels() const;   // of the output
    int sourceSampleRate() const;
    int sourceChannels() const; // of one file, or the number of legs
    int legs() const;           // 1, or 2 for openLegs()
    std::string codecName() const;

    // What the container says (of the longer leg), in output frames / ms; 0 when unknown. Estimated
    // when !durationExact() (MP3 without a Xing header): see measureExactDurationMs().
    std::int64_t durationFrames() const;
    std::int64_t durationMs() const;
    bool durationExact() const;

    // Media position of the next frame read(), in output frames (at tempo != 1 it advances by
    // frames read x tempo).
    std::int64_t position() const;
    std::int64_t positionMs() const;

    // Fills `dst` with up to `frames` interleaved frames; fewer only at the end of the stream,
    // 0 once it is over.
    Result<std::size_t> read(float* dst, std::size_t frames);
    bool atEnd() const;

    // Lands exactly on `frame` (output frames from the start); past the end reads nothing.
    Status seek(std::int64_t frame);
    Status seekMs(std::int64_t ms);

    // kMinTempo..kMaxTempo; takes effect for the audio decoded next.
    Status setTempo(double tempo);
    double tempo() const;

private:
    class Impl;
    explicit Decoder(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace callqa::audio
