#pragma once
// Internal: one recording file decoded to interleaved float32 at an output rate and channel
// count, with sample-exact seeks. The Decoder plays one leg, or two side by side (a call whose
// phone system records each direction to its own file).

#include "audio/core/ffmpeg/framereader.h"
#include "audio/core/ffmpeg/resampler.h"
#include "audio/core/result.h"
#include "audio/core/seekplan.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace callqa::audio::ffmpeg {

class LegStream {
public:
    LegStream(std::unique_ptr<FrameReader> reader, int outRate, int outChannels);

    // Decodes one more frame into the buffer; at the end of the file drains the resampler and
    // ended() turns true.
    Status decodeOne();
    // Lands exactly on `frame` (output frames from the start); the buffer is dropped.
    Status seek(std::int64_t frame);

    std::size_t available() const { return (m_buffer.size() - m_offset) / channelCount(); }
    const float* data() const { return m_buffer.data() + m_offset; }
    // Forgets the first `frames` buffered frames (they were handed on).
    void consume(std::size_t frames);
    bool ended() const { return m_ended; }
    int channels() const { return m_outChannels; }
    const FrameReader& reader() const { return *m_reader; }

private:
    std::size_t channelCount() const { return static_cast<std::size_t>(m_outChannels); }

    std::unique_ptr<FrameReader> m_reader;
    int m_sourceRate;
    int m_outRate;
    int m_outChannels;
    CodecFamily m_family;
    Resampler m_resampler;
    std::vector<float> m_buffer;   // decoded, from m_offset on
    std::size_t m_offset = 0;      // in floats
    std::int64_t m_dropUntil = -1; // after a seek: first source sample to hand out
    bool m_ended = false;
};

} // namespace callqa::audio::ffmpeg
