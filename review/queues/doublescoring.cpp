#include "review/queues/doublescoring.h"

#include "review/queues/seededrandom.h"

#include <algorithm>
#include <numeric>

namespace callqa::review {

qint64 doubleScoreCount(qint64 drawn, int percent)
{
    if (drawn <= 0 || percent <= 0)
        return 0;
    return std::min(drawn, (drawn * std::min(percent, 100) + 50) / 100);
}

std::vector<size_t> doubleScoredPositions(qint64 drawn, int percent, std::uint64_t seed)
{
    const qint64 count = doubleScoreCount(drawn, percent);
    std::vector<size_t> positions(size_t(std::max<qint64>(drawn, 0)));
    std::iota(positions.begin(), positions.end(), size_t(0));
    SeededRandom random = SeededRandom::forPart(seed, QStringLiteral("double-score"));
    // The first `count` of a seeded shuffle (partial Fisher-Yates), as the draw takes its calls.
    for (size_t i = 0; i < size_t(count); ++i) {
        const size_t j = i + size_t(random.below(std::uint64_t(positions.size() - i)));
        std::swap(positions[i], positions[j]);
    }
    positions.resize(size_t(count));
    std::sort(positions.begin(), positions.end());
    return positions;
}

std::vector<QString> assignSecondReviewers(const std::vector<qint64>& itemAgentIds,
                                           const std::vector<QString>& firstAssignees,
                                           const std::vector<size_t>& doubleScored,
                                           const std::vector<ReviewerSlot>& reviewers)
{
    std::vector<QString> second(itemAgentIds.size());
    size_t turn = 0;
    for (size_t item : doubleScored) {
        if (item >= itemAgentIds.size() || firstAssignees[item].isEmpty())
            continue;
        for (size_t step = 0; step < reviewers.size(); ++step) {
            const size_t candidate = (turn + step) % reviewers.size();
            const ReviewerSlot& slot = reviewers[candidate];
            if (slot.login == firstAssignees[item] || !mayReview(slot, itemAgentIds[item]))
                continue;
            second[item] = slot.login;
            turn = candidate + 1;
            break;
        }
    }
    return second;
}

} // namespace callqa::review
