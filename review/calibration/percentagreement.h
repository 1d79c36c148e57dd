#pragma once

#include "review/calibration/estimate.h"
#include "review/calibration/ratings.h"

namespace callqa::review {

// Observed agreement on nominal ratings: for every unit rated at least twice, the share of pairs
// of its ratings that are equal, averaged over those units. Undefined when no unit was rated
// twice.
Estimate percentAgreement(const Ratings& ratings);

// The share of equal pairs among one unit's ratings; undefined with fewer than two.
std::optional<double> pairwiseAgreement(const std::vector<double>& values);

} // namespace callqa::review
