#include "audio/core/analyzefile.h"

#include "audio/core/decoder.h"

#include "audio/core/ffmpeg/framereader.h"
#include "audio/core/ffmpeg/planarview.h"
#include "audio/core/levelmeter.h"
#include "audio/core/peakbuilder.h"
#include "audio/core/samesignal.h"
#include "audio/core/talkdetector.h"

namespace callqa::audio {

namespace {

using AnalysisResult = Result<Analysis>;

// Peaks and, optionally, talk levels of audio handed over in planar blocks, as it is decoded.
class AnalysisPass {
public:
    AnalysisPass(int rate, int channels, const AnalysisOptions& options)
        : m_rate(rate), m_channels(channels), m_options(options),
          m_peaks(channels, rate,
                  options.samplesPerBucket > 0 ? options.samplesPerBucket
                                               : std::max(rate / 100, 1)),
          m_nextPartial(options.partialEveryMs * rate / 1000)
    {
        if (options.talk)
            m_meter.emplace(channels, vadFrameSamples(options.vad, rate),
                            levelLagSamples(options.vad.levelLagUs, rate));
    }

    Status add(const float* const* planes, std::size_t samples)
    {
        m_peaks.add(planes, samples);
        if (m_meter)
            m_meter->add(planes, samples);
        m_frames += static_cast<std::int64_t>(samples);
        if (m_options.progress && !m_options.progress(m_frames * 1000 / m_rate))
            return Status::failure("cancelled");
        if (m_options.partialPeaks && m_frames >= m_nextPartial) {
            m_options.partialPeaks(m_peaks.snapshot());
            m_nextPartial = m_frames + m_options.partialEveryMs * m_rate / 1000;
        }
        return {};
    }

    Analysis finish()
    {
        Analysis analysis;
        analysis.sampleRate = m_rate;
        analysis.channels = m_channels;
        analysis.frames = m_frames;
        analysis.durationMs = m_frames * 1000 / m_rate;
        analysis.peaks = m_peaks.finish();
        if (!m_meter)
            return analysis;
        m_meter->finish();
        std::vector<std::vector<float>> levels;
        for (int c = 0; c < m_channels; ++c)
            levels.push_back(m_meter->levels(c));
        analysis.talkDetectorVersion = kVoiceActivityVersion;
        if (m_channels >= 2 &&
            carrySameSignal(levels[0], levels[1], m_meter->correlation(), m_options.vad)) {
            analysis.channelsCarrySameSignal = true;
            levels.resize(1);
        }
        auto segments = detectSpeech(levels, m_meter->correlation(), m_options.vad,
                                     m_meter->frameSamples(), m_rate, m_frames);
        analysis.talk =
            computeTalkMetrics(std::move(segments), analysis.durationMs, m_options.talkOptions);
        return analysis;
    }

private:
    int m_rate;
    int m_channels;
    const AnalysisOptions& m_options;
    PeakBuilder m_peaks;
    std::optional<LevelMeter> m_meter;
    std::int64_t m_frames = 0;
    std::int64_t m_nextPartial;
};

AnalysisResult analyze(Result<std::unique_ptr<ffmpeg::InputFile>> input,
                       const AnalysisOptions& options)
{
    auto opened = ffmpeg::FrameReader::open(std::move(input));
    if (!opened)
        return AnalysisResult::failure(opened.error());
    ffmpeg::FrameReader& reader = *opened.value();
    const int rate = reader.sampleRate();
    const int channels = reader.channels();
    AnalysisPass pass(rate, channels, options);
    ffmpeg::PlanarView view;
    const Status decoded = reader.forEachFrame([&](const AVFrame& frame) {
        if (frame.sample_rate != rate || frame.ch_layout.nb_channels != channels)
            return Status::failure("the audio format changes within the recording");
        if (Status viewed = view.assign(frame); !viewed)
            return viewed;
        return pass.add(view.planes(), view.samples());
    });
    if (!decoded)
        return AnalysisResult::failure(decoded.error());
    return pass.finish();
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

AnalysisResult analyzeLegs(const std::string& firstLeg, const std::string& secondLeg,
                           const AnalysisOptions& options)
{
    auto opened = Decoder::openLegs(firstLeg, secondLeg);
    if (!opened)
        return AnalysisResult::failure(opened.error());
    Decoder& decoder = opened.value();
    AnalysisPass pass(decoder.sampleRate(), 2, options);
    constexpr std::size_t kBlock = 4096;
    std::vector<float> interleaved(kBlock * 2);
    std::vector<float> left(kBlock);
    std::vector<float> right(kBlock);
    for (;;) {
        auto read = decoder.read(interleaved.data(), kBlock);
        if (!read)
            return AnalysisResult::failure(read.error());
        if (read.value() == 0)
            return pass.finish();
        for (std::size_t i = 0; i < read.value(); ++i) {
            left[i] = interleaved[2 * i];
            right[i] = interleaved[2 * i + 1];
        }
        const float* planes[] = {left.data(), right.data()};
        if (Status added = pass.add(planes, read.value()); !added)
            return AnalysisResult::failure(added.error());
    }
}

} // namespace callqa::audio
