#include "audio/core/analyzefile.h"

#include "audio/core/ffmpeg/framereader.h"
#include "audio/core/ffmpeg/planarview.h"
#include "audio/core/levelmeter.h"
#include "audio/core/peakbuilder.h"

namespace callqa::audio {

namespace {

using AnalysisResult = Result<Analysis>;

AnalysisResult analyze(Result<std::unique_ptr<ffmpeg::InputFile>> input,
                       const AnalysisOptions& options)
{
    auto opened = ffmpeg::FrameReader::open(std::move(input));
    if (!opened)
        return AnalysisResult::failure(opened.error());
    ffmpeg::FrameReader& reader = *opened.value();
    const int rate = reader.sampleRate();
    const int channels = reader.channels();

    PeakBuilder peaks(channels, rate,
                      options.samplesPerBucket > 0 ? options.samplesPerBucket
                                                   : std::max(rate / 100, 1));
    std::optional<LevelMeter> meter;
    if (options.talk)
        meter.emplace(channels, vadFrameSamples(options.vad, rate));
    ffmpeg::PlanarView view;
    std::int64_t frames = 0;
    std::int64_t nextPartial = options.partialEveryMs * rate / 1000;
    const Status decoded = reader.forEachFrame([&](const AVFrame& frame) {
        if (frame.sample_rate != rate || frame.ch_layout.nb_channels != channels)
            return Status::failure("the audio format changes within the recording");
        if (Status viewed = view.assign(frame); !viewed)
            return viewed;
        peaks.add(view.planes(), view.samples());
        if (meter)
            meter->add(view.planes(), view.samples());
        frames += static_cast<std::int64_t>(view.samples());
        if (options.progress && !options.progress(frames * 1000 / rate))
            return Status::failure("cancelled");
        if (options.partialPeaks && frames >= nextPartial) {
            options.partialPeaks(peaks.snapshot());
            nextPartial = frames + options.partialEveryMs * rate / 1000;
        }
        return Status();
    });
    if (!decoded)
        return AnalysisResult::failure(decoded.error());

    Analysis analysis;
    analysis.sampleRate = rate;
    analysis.channels = channels;
    analysis.frames = frames;
    analysis.durationMs = frames * 1000 / rate;
    analysis.peaks = peaks.finish();
    if (meter) {
        meter->finish();
        std::vector<std::vector<Segment>> segments;
        for (int c = 0; c < channels; ++c)
            segments.push_back(
                speechSegments(meter->levels(c), options.vad, meter->frameSamples(), rate, frames));
        analysis.talk =
            computeTalkMetrics(std::move(segments), analysis.durationMs, options.talkOptions);
    }
    return analysis;
}

} // namespace

AnalysisResult analyzeFile(const std::string& path, const AnalysisOptions& options)
{
    return analyze(ffmpeg::InputFile::open(path), options);
}

AnalysisResult analyzeBuffer(std::span<const std::uint8_t> bytes, const AnalysisOptions& options)
{
    return analyze(ffmpeg::InputFile::open(bytes), options);
}

} // namespace callqa::audio
