#include "review/calibration/ratings.h"

#include <algorithm>

namespace callqa::review {

std::vector<double> presentValues(const std::vector<std::optional<double>>& unit)
{
    std::vector<double> values;
    for (const std::optional<double>& cell : unit) {
        if (cell)
            values.push_back(*cell);
    }
    return values;
}

int raterCount(const Ratings& ratings)
{
    std::size_t widest = 0;
    for (const auto& unit : ratings)
        widest = std::max(widest, unit.size());
    return static_cast<int>(widest);
}

Ratings completeUnits(const Ratings& ratings)
{
    const std::size_t raters = static_cast<std::size_t>(raterCount(ratings));
    Ratings complete;
    for (const auto& unit : ratings) {
        if (unit.size() == raters && std::all_of(unit.begin(), unit.end(),
                                                 [](const auto& cell) { return cell.has_value(); }))
            complete.push_back(unit);
    }
    return complete;
}

} // namespace callqa::review
