#include "audio/core/crosstalk.h"

#include <algorithm>
#include <cmath>

namespace callqa::audio {

ActivityPair dropCrosstalk(std::span<const std::uint8_t> firstActive,
                           std::span<const std::uint8_t> secondActive,
                           std::span<const float> firstDb, std::span<const float> secondDb,
                           std::span<const float> correlation, const VadOptions& options)
{
    ActivityPair out{{firstActive.begin(), firstActive.end()},
                     {secondActive.begin(), secondActive.end()}};
    const std::size_t count = std::min({firstActive.size(), secondActive.size(), firstDb.size(),
                                        secondDb.size(), correlation.size()});
    for (std::size_t i = 0; i < count; ++i) {
        if (std::abs(correlation[i]) < options.bleedCorrelation)
            continue;
        if (secondDb[i] <= firstDb[i] - options.bleedBelowDb)
            out.second[i] = 0;
        else if (firstDb[i] <= secondDb[i] - options.bleedBelowDb)
            out.first[i] = 0;
    }
    return out;
}

} // namespace callqa::audio
