#pragma once

#include "review/calibration/estimate.h"
#include "review/calibration/ratings.h"

namespace callqa::review {

struct FleissKappa {
    Estimate kappa;
    int calls = 0; // the units every rater rated, the only ones kappa is computed over
};

// Fleiss' kappa (Fleiss 1971) on nominal ratings, over the units every rater rated. Undefined
// with fewer than two raters, no complete unit, or when every rating is the same category
// (chance agreement is then 1).
FleissKappa fleissKappa(const Ratings& ratings);

} // namespace callqa::review
