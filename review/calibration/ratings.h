#pragma once

#include <optional>
#include <vector>

namespace callqa::review {

// Ratings of units (calls) by raters (reviewers): rows are units, columns raters. A rating a
// rater did not give is std::nullopt (missing data, not an error). Nominal categories are coded
// as numbers compared for equality only.
using Ratings = std::vector<std::vector<std::optional<double>>>;

// The ratings a unit received, in rater order, without the missing ones.
std::vector<double> presentValues(const std::vector<std::optional<double>>& unit);

// Only the units every rater rated (rows with no missing cell).
Ratings completeUnits(const Ratings& ratings);

// The number of raters: the widest row.
int raterCount(const Ratings& ratings);

} // namespace callqa::review
