#include "audio/core/noisefloor.h"

#include <algorithm>
#include <cmath>

namespace callqa::audio {

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
    std::vector<float> window;
    for (std::size_t first = 0; first < count; first += step) {
        const std::size_t end = std::min(first + step, count);
        const std::size_t centre = first + (end - first) / 2;
        const std::size_t from = centre > half ? centre - half : 0;
        const std::size_t to = std::min(count, centre + half + 1);
        window.assign(levelsDb.begin() + static_cast<std::ptrdiff_t>(from),
                      levelsDb.begin() + static_cast<std::ptrdiff_t>(to));
        const auto rank = static_cast<std::ptrdiff_t>(
            std::floor(percentile * static_cast<double>(window.size() - 1)));
        std::nth_element(window.begin(), window.begin() + rank, window.end());
        std::fill(floor.begin() + static_cast<std::ptrdiff_t>(first),
                  floor.begin() + static_cast<std::ptrdiff_t>(end),
                  window[static_cast<std::size_t>(rank)]);
    }
    return floor;
}

} // namespace callqa::audio
