#pragma once

#include "review/calibration/estimate.h"
#include "review/calibration/ratings.h"

#include <optional>
#include <vector>

namespace callqa::review {

struct ItemDisagreement {
    int item = 0;            // index into the items given
    double disagreement = 0; // share of pairs of answers that differ, 0..1
};

// How far apart the reviewers were on one call: the agenda of a calibration meeting.
struct CallSpread {
    int scores = 0; // overall scores given
    std::optional<double> min;
    std::optional<double> max;
    Estimate standardDeviation; // sample standard deviation; undefined below two scores
    // The items the reviewers answered differently, most disagreement first (ties in item order).
    std::vector<ItemDisagreement> agenda;
};

// One entry per unit of `overall`; `items` holds one nominal Ratings per item, same units.
std::vector<CallSpread> callSpreads(const Ratings& overall, const std::vector<Ratings>& items);

} // namespace callqa::review
