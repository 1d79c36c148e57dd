#include "audio/core/noisefloor.h"

#include "audio/core/levelmeter.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace callqa::audio {

namespace {

// Levels counted in bins of 1/4 dB from kSilenceDb to +8 dB (a square wave's RMS is 0 dB), so
// the window slides by adding and removing frames and a percentile is a scan of 512 bins
// instead of a sort per step.
constexpr float kBinDb = 0.25f;
constexpr std::size_t kBins = 512;

std::size_t binOf(float db)
{
    if (!(db >= LevelMeter::kSilenceDb)) // NaN too
        return 0;
    const float bin = std::floor((db - LevelMeter::kSilenceDb) / kBinDb);
    return static_cast<std::size_t>(std::clamp(bin, 0.0f, float(kBins - 1)));
}

} // namespace

std::vector<float> trackNoiseFloor(std::span<const float> levelsDb, const VadOptions& options)
{
    const std::size_t count = levelsDb.size();
    std::vector<float> floor(count);
    const auto frames = [&](int ms) {
        return std::max<std::size_t>(
            1, static_cast<std::size_t>(std::max(ms, 0) / std::max(options.frameMs, 1)));
    };
    const std::size_t step = frames(options.floorStepMs);
    const std::size_t half = frames(options.floorWindowMs) / 2;
    const double percentile = std::clamp(double{options.floorPercentile}, 0.0, 1.0);
    std::array<std::size_t, kBins> histogram{};
    std::size_t from = 0, to = 0; // the frames counted now: [from, to)
    for (std::size_t first = 0; first < count; first += step) {
        const std::size_t end = std::min(first + step, count);
        const std::size_t centre = first + (end - first) / 2;
        const std::size_t windowFrom = centre > half ? centre - half : 0;
        const std::size_t windowTo = std::min(count, centre + half + 1);
        for (; to < windowTo; ++to)
            ++histogram[binOf(levelsDb[to])];
        for (; from < windowFrom; ++from)
            --histogram[binOf(levelsDb[from])];
        const auto rank = static_cast<std::size_t>(
            std::floor(percentile * static_cast<double>(windowTo - windowFrom - 1)));
        std::size_t seen = 0, bin = 0;
        for (; bin < kBins; ++bin) {
            seen += histogram[bin];
            if (seen > rank)
                break;
        }
        const float value = LevelMeter::kSilenceDb + float(std::min(bin, kBins - 1)) * kBinDb;
        std::fill(floor.begin() + static_cast<std::ptrdiff_t>(first),
                  floor.begin() + static_cast<std::ptrdiff_t>(end), value);
    }
    return floor;
}

} // namespace callqa::audio
