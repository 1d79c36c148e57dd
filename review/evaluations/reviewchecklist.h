#pragma once

#include "review/auth/permissions.h"
#include "review/result.h"

#include <QString>

#include <optional>

namespace callqa::review {

class Workspace;

// Which checklist (and version) a call is scored on when a reviewer opens it.
struct ReviewChecklist {
    enum class Source { Draft, Queue, LatestPublished };
    QString key;
    std::optional<qint64> versionId; // empty: the draft's own, or the latest published
    Source source = Source::LatestPublished;
};

struct ReviewChecklistCandidates {
    std::optional<QString> draftKey;        // a draft of this call already exists on this checklist
    std::optional<ReviewChecklist> queue;   // an open queue item of this call for this reviewer
    std::optional<QString> latestPublished; // the most recently published, not archived
};

// A draft in progress wins (its answers and version are kept), then the reviewer's queue item
// (the queue's pinned version), then the latest published checklist. None: nothing to score on.
std::optional<ReviewChecklist> decideReviewChecklist(const ReviewChecklistCandidates& candidates);

// The candidates read from the workspace for this reviewer and call, and the decision.
Result<ReviewChecklist> reviewChecklistFor(Workspace& workspace, const Actor& actor, qint64 callId);

} // namespace callqa::review
