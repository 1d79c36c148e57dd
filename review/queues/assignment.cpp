#include "review/queues/assignment.h"

namespace callqa::review {

bool mayReview(const ReviewerSlot& reviewer, qint64 callAgentId)
{
    return reviewer.linkedAgentId == 0 || reviewer.linkedAgentId != callAgentId;
}

std::vector<QString> assignItems(const std::vector<qint64>& itemAgentIds,
                                 std::vector<ReviewerSlot> reviewers, AssignMode mode)
{
    std::vector<QString> assignees(itemAgentIds.size());
    if (reviewers.empty())
        return assignees;
    size_t turn = 0; // round-robin: whose turn it is
    for (size_t item = 0; item < itemAgentIds.size(); ++item) {
        const qint64 agent = itemAgentIds[item];
        std::optional<size_t> chosen;
        if (mode == AssignMode::RoundRobin) {
            for (size_t step = 0; step < reviewers.size() && !chosen; ++step) {
                const size_t candidate = (turn + step) % reviewers.size();
                if (mayReview(reviewers[candidate], agent))
                    chosen = candidate;
            }
            if (chosen)
                turn = *chosen + 1;
        } else {
            for (size_t candidate = 0; candidate < reviewers.size(); ++candidate) {
                if (mayReview(reviewers[candidate], agent) &&
                    (!chosen || reviewers[candidate].openItems < reviewers[*chosen].openItems))
                    chosen = candidate;
            }
        }
        if (!chosen)
            continue;
        assignees[item] = reviewers[*chosen].login;
        ++reviewers[*chosen].openItems;
    }
    return assignees;
}

} // namespace callqa::review
