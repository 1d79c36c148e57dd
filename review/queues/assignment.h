#pragma once

#include <QString>

#include <optional>

#include <vector>

namespace callqa::review {

enum class AssignMode { RoundRobin, ByLoad };

struct ReviewerSlot {
    QString login;
    qint64 linkedAgentId = 0; // the agent record the reviewer's own account is linked to, or 0
    qint64 openItems = 0;     // items already to do or in progress, for ByLoad
};

// Nobody reviews their own calls: false when the reviewer's account is linked to the call's agent.
bool mayReview(const ReviewerSlot& reviewer, qint64 callAgentId);

// Who gets each item, in order: round-robin over the reviewers as named, or each item to the
// reviewer with the fewest open items (ties to the first named). Nobody reviews their own calls:
// a reviewer is skipped for an item whose call is by the agent their account is linked to. An
// item nobody may take stays unassigned (empty login).
std::vector<QString> assignItems(const std::vector<qint64>& itemAgentIds,
                                 std::vector<ReviewerSlot> reviewers, AssignMode mode);

} // namespace callqa::review
