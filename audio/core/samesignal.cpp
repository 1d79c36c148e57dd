#include "audio/core/samesignal.h"

#include <algorithm>
#include <cmath>

namespace callqa::audio {

bool carrySameSignal(std::span<const float> firstDb, std::span<const float> secondDb,
                     std::span<const float> correlation, const VadOptions& options)
{
    const std::size_t count = std::min({firstDb.size(), secondDb.size(), correlation.size()});
    std::size_t loud = 0;
    std::size_t same = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (std::max(firstDb[i], secondDb[i]) < options.minThresholdDb)
            continue;
        ++loud;
        same += std::abs(correlation[i]) >= options.sameSignalCorrelation &&
                std::abs(firstDb[i] - secondDb[i]) <= options.sameSignalLevelDb;
    }
    return loud > 0 && double(same) >= options.sameSignalShare * double(loud);
}

} // namespace callqa::audio
