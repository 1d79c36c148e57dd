#include "bench/audio/talkscore.h"

#include <algorithm>
#include <cstdlib>

namespace callqa::audio::bench {

namespace {

constexpr std::int64_t kFrameMs = 10;

std::vector<std::uint8_t> mask(const std::vector<Segment>& segments, std::size_t frames)
{
    std::vector<std::uint8_t> out(frames, 0);
    for (const Segment& s : segments) {
        const auto first = std::size_t(std::max<std::int64_t>(0, s.startMs / kFrameMs));
        const auto end =
            std::min(frames, std::size_t(std::max<std::int64_t>(0, s.endMs / kFrameMs)));
        for (std::size_t i = first; i < end; ++i)
            out[i] = 1;
    }
    return out;
}

std::int64_t total(const std::vector<Segment>& segments)
{
    std::int64_t ms = 0;
    for (const Segment& s : segments)
        ms += s.durationMs();
    return ms;
}

bool matches(const Segment& a, const Segment& b, std::int64_t tolerance)
{
    return std::abs(a.startMs - b.startMs) <= tolerance && std::abs(a.endMs - b.endMs) <= tolerance;
}

} // namespace

SideScore scoreSide(const std::vector<Segment>& truth, const std::vector<Segment>& detected,
                    std::int64_t durationMs)
{
    const auto frames = std::size_t(std::max<std::int64_t>(0, durationMs / kFrameMs));
    const auto t = mask(truth, frames);
    const auto d = mask(detected, frames);
    double both = 0, truthFrames = 0, detectedFrames = 0;
    for (std::size_t i = 0; i < frames; ++i) {
        both += t[i] && d[i];
        truthFrames += t[i];
        detectedFrames += d[i];
    }
    SideScore score;
    score.precision = detectedFrames > 0 ? both / detectedFrames : (truthFrames > 0 ? 0.0 : 1.0);
    score.recall = truthFrames > 0 ? both / truthFrames : 1.0;
    score.f1 = score.precision + score.recall > 0
                   ? 2 * score.precision * score.recall / (score.precision + score.recall)
                   : 0.0;
    score.truthMs = total(truth);
    score.detectedMs = total(detected);
    return score;
}

SpanScore scoreSpans(const std::vector<Segment>& truth, const std::vector<Segment>& detected,
                     std::int64_t toleranceMs)
{
    SpanScore score;
    score.truth = int(truth.size());
    score.truthMs = total(truth);
    score.detectedMs = total(detected);
    for (const Segment& t : truth)
        score.matched += std::any_of(detected.begin(), detected.end(),
                                     [&](const Segment& d) { return matches(t, d, toleranceMs); });
    for (const Segment& d : detected)
        score.spurious += std::none_of(truth.begin(), truth.end(), [&](const Segment& t) {
            return matches(t, d, toleranceMs);
        });
    return score;
}

} // namespace callqa::audio::bench
