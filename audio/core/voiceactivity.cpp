#include "audio/core/voiceactivity.h"

#include <algorithm>

namespace callqa::audio {

std::vector<FrameRun> activeRuns(std::span<const std::uint8_t> active, std::size_t hangoverFrames,
                                 std::size_t minFrames)
{
    std::vector<FrameRun> runs;
    for (std::size_t i = 0; i < active.size();) {
        if (!active[i]) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < active.size() && active[end])
            ++end;
        if (!runs.empty() && i - runs.back().end < hangoverFrames)
            runs.back().end = end;
        else
            runs.push_back({i, end});
        i = end;
    }
    std::erase_if(runs,
                  [minFrames](const FrameRun& run) { return run.end - run.first < minFrames; });
    return runs;
}

std::vector<std::uint8_t> decideSpeech(std::span<const float> levelsDb,
                                       std::span<const float> floorDb, const VadOptions& options)
{
    std::vector<std::uint8_t> active(levelsDb.size());
    bool speaking = false;
    for (std::size_t i = 0; i < levelsDb.size(); ++i) {
        const float floor = i < floorDb.size() ? floorDb[i] : options.minThresholdDb;
        const float margin = speaking ? options.releaseAboveFloorDb : options.onsetAboveFloorDb;
        speaking = levelsDb[i] >= std::max(floor + margin, options.minThresholdDb);
        active[i] = speaking ? 1 : 0;
    }
    return active;
}

int vadFrameSamples(const VadOptions& options, int sampleRate)
{
    return std::max(1, static_cast<int>(std::int64_t{sampleRate} * options.frameMs / 1000));
}

std::vector<Segment> speechSegments(std::span<const std::uint8_t> active, const VadOptions& options,
                                    int frameSamples, int sampleRate, std::int64_t totalFrames)
{
    const auto framesFor = [&](int ms) {
        const std::int64_t samples = std::int64_t{sampleRate} * std::max(ms, 0) / 1000;
        return static_cast<std::size_t>((samples + frameSamples - 1) / frameSamples);
    };
    const auto toMs = [&](std::size_t frame) {
        const std::int64_t sample =
            std::min<std::int64_t>(static_cast<std::int64_t>(frame) * frameSamples, totalFrames);
        return sample * 1000 / sampleRate;
    };
    const std::int64_t durationMs = totalFrames * 1000 / sampleRate;
    const std::int64_t edge = std::max(options.edgeMs, 0);
    std::vector<Segment> segments;
    for (const FrameRun& run :
         activeRuns(active, framesFor(options.hangoverMs), framesFor(options.minSpeechMs))) {
        const Segment grown{std::max<std::int64_t>(toMs(run.first) - edge, 0),
                            std::min(toMs(run.end) + edge, durationMs)};
        if (!segments.empty() && grown.startMs <= segments.back().endMs)
            segments.back().endMs = grown.endMs;
        else
            segments.push_back(grown);
    }
    return segments;
}

} // namespace callqa::audio
