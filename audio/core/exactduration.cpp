#include "audio/core/exactduration.h"

#include "audio/core/ffmpeg/framereader.h"

namespace callqa::audio {

Result<std::int64_t> measureExactDurationMs(const std::string& path)
{
    using R = Result<std::int64_t>;
    auto opened = ffmpeg::FrameReader::open(ffmpeg::InputFile::open(path));
    if (!opened)
        return R::failure(opened.error());
    ffmpeg::FrameReader& reader = *opened.value();
    // Samples at the current rate, and whole ms of any earlier stretch at another rate.
    std::int64_t ms = 0;
    std::int64_t samples = 0;
    int rate = reader.sampleRate();
    const Status decoded = reader.forEachFrame([&](const AVFrame& frame) {
        if (frame.sample_rate != rate) {
            ms += samples * 1000 / rate;
            samples = 0;
            rate = frame.sample_rate;
        }
        samples += frame.nb_samples;
        return Status();
    });
    if (!decoded)
        return R::failure(decoded.error());
    return ms + samples * 1000 / rate;
}

} // namespace callqa::audio
