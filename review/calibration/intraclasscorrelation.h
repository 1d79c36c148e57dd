#pragma once

#include "review/calibration/estimate.h"
#include "review/calibration/ratings.h"

namespace callqa::review {

// Shrout & Fleiss (1979) intraclass correlations of single ratings, each with its 95 % interval
// from the F distribution, over the units (calls) every rater (reviewer) rated:
// ICC(1,1) one-way random (each call rated by a different set of raters), ICC(2,1) two-way
// random with absolute agreement (the raters a sample of all raters), ICC(3,1) two-way mixed,
// consistency (these raters only; a constant offset between raters does not count).
struct IntraclassCorrelations {
    Estimate icc1;
    Estimate icc2;
    Estimate icc3;
    int calls = 0; // the complete units used
};

IntraclassCorrelations intraclassCorrelations(const Ratings& ratings);

} // namespace callqa::review
