#pragma once
// Internal: demux + decode of the chosen audio stream, one AVFrame at a time, with sample-exact
// frame positions and caps on consecutive errors so corrupt input ends instead of spinning.

#include "audio/core/ffmpeg/inputfile.h"
#include "audio/core/ffmpeghandles.h"
#include "audio/core/result.h"

#include <cstdint>
#include <memory>
#include <optional>

namespace callqa::audio::ffmpeg {

class FrameReader {
public:
    // Opens the codec and decodes the first frame, so a file that yields no audio at all is an
    // error here rather than an empty stream later.
    static Result<std::unique_ptr<FrameReader>> open(Result<std::unique_ptr<InputFile>> input);

    FrameReader() = default; // use open()
    FrameReader(const FrameReader&) = delete;
    FrameReader& operator=(const FrameReader&) = delete;
    ~FrameReader();

    // The next decoded frame (valid until the next call), or nullptr at the end of the stream.
    Result<const AVFrame*> next();
    // Calls visit(const AVFrame&) -> Status for every frame to the end; stops at a failure.
    template <typename Visit> Status forEachFrame(Visit&& visit)
    {
        for (;;) {
            auto frame = next();
            if (!frame)
                return Status::failure(frame.error());
            if (!frame.value())
                return {};
            if (Status visited = visit(*frame.value()); !visited)
                return visited;
        }
    }
    // Hands the frame last returned by next() out once more.
    void pushBack() { m_pending = true; }
    // First sample of the frame last returned, counted from the stream's first decoded sample,
    // at the frame's sample rate.
    std::int64_t frameStart() const { return m_frameStart; }

    // Positions the demuxer at or before `timestamp` (stream time base) and flushes the codec;
    // `freshDecoder` re-creates it instead, so that decoding from the first packet matches a
    // straight decode exactly (a flushed AAC decoder keeps its last window shape).
    Status seek(std::int64_t timestamp, bool freshDecoder);

    // Format of the first decoded frame: the real one (HE-AAC doubles the rate in its header).
    int sampleRate() const { return m_sampleRate; }
    int channels() const { return m_channels; }

    const InputFile& input() const { return *m_input; }
    const AVCodecContext& codec() const { return *m_codec; }
    // Best-effort timestamp (stream time base) of the first decoded sample, and the timestamp
    // of the first packet (earlier when the codec primes).
    std::int64_t originTimestamp() const { return m_origin; }
    std::int64_t firstPacketTimestamp() const { return m_firstPacket; }

private:
    Status openCodec();
    Result<const AVFrame*> decodeNext();
    Status feedDecoder(); // reads and sends one packet, or the end-of-stream flush
    void placeFrame();
    // Samples from the origin to `timestamp` (stream time base); none when absurd.
    std::optional<std::int64_t> sinceOrigin(std::int64_t timestamp, int sampleRate) const;

    std::unique_ptr<InputFile> m_input;
    CodecContextPtr m_codec;
    PacketPtr m_packet;
    FramePtr m_frame;
    int m_sampleRate = 0;
    int m_channels = 0;
    std::int64_t m_origin = 0;
    std::int64_t m_firstPacket = AV_NOPTS_VALUE;
    std::int64_t m_frameStart = 0;
    std::int64_t m_nextStart = 0;
    bool m_pending = false;
    bool m_flushSent = false;
    bool m_finished = false;
    int m_decodeErrors = 0;
    int m_readErrors = 0;
    int m_readsWithoutFrame = 0;
};

} // namespace callqa::audio::ffmpeg
