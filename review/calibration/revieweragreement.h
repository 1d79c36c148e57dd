#pragma once

#include "review/calibration/estimate.h"
#include "review/calibration/ratings.h"

#include <optional>
#include <vector>

namespace callqa::review {

// How one reviewer's scores and answers compare with everyone else's.
struct ReviewerAgreement {
    // Mean of (own overall score - reference) over the calls both exist for; the reference is the
    // expert's score where there is an expert (for the expert: the others' mean), else the mean
    // of the other reviewers' scores on that call.
    Estimate bias;
    Estimate meanAbsoluteDeviation; // mean of |own - reference| over the same calls
    int comparedCalls = 0;
    // Share of own item answers equal to the modal answer of the other reviewers (a tie between
    // answers is no consensus, and such items are left out).
    Estimate consensusAgreement;
    Estimate expertAgreement; // share equal to the expert's answer; undefined without an expert
};

// One entry per rater column of `overall`. `items` holds one nominal Ratings per item, with the
// same units and raters as `overall`.
std::vector<ReviewerAgreement> reviewerAgreement(const Ratings& overall,
                                                 const std::vector<Ratings>& items,
                                                 std::optional<int> expert);

} // namespace callqa::review
