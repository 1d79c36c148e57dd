#pragma once

#include "review/queues/assignment.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace callqa::review {

// How many of `drawn` items a share of `percent` (0..100) double-scores: the share rounded half
// up, so 5 % of 10 items is 1 and 5 % of 9 is 0.
qint64 doubleScoreCount(qint64 drawn, int percent);

// Which of `drawn` items (positions 0..drawn-1) are double-scored: doubleScoreCount of them,
// a seeded random choice (SeededRandom::forPart(seed, "double-score")), ascending. A pure
// function of (drawn, percent, seed), so a queue's double-scored items can be drawn again.
std::vector<size_t> doubleScoredPositions(qint64 drawn, int percent, std::uint64_t seed);

// The second reviewer of each double-scored item: round-robin over `reviewers` in the order
// named, skipping the item's first reviewer and anyone who may not review the call (mayReview).
// `firstAssignees` and `itemAgentIds` are per item; the result has an entry per item, empty for
// items that are not double-scored, have no first reviewer, or that nobody else may take.
std::vector<QString> assignSecondReviewers(const std::vector<qint64>& itemAgentIds,
                                           const std::vector<QString>& firstAssignees,
                                           const std::vector<size_t>& doubleScored,
                                           const std::vector<ReviewerSlot>& reviewers);

} // namespace callqa::review
