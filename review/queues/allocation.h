#pragma once

#include <QtGlobal>

#include <vector>

namespace callqa::review {

// Splits `quota` draws among strata of `sizes` eligible calls, in proportion to their sizes
// (Hamilton's largest-remainder rounding), so that the parts add up to min(quota, total):
//  - when the quota covers every stratum once (quota >= number of non-empty strata), each
//    non-empty stratum gets one first and the rest is shared in proportion to (size - 1), so no
//    stratum is left out and none gets more than it has;
//  - otherwise the quota goes to the strata with the largest shares.
// Ties between equal remainders go to the stratum that comes first in `tieOrder` (a permutation
// of the strata's indexes, drawn from the seed by the caller), never to the first by position.
std::vector<qint64> allocateProportionally(qint64 quota, const std::vector<qint64>& sizes,
                                           const std::vector<int>& tieOrder);

} // namespace callqa::review
