#pragma once

#include "review/result.h"

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

struct DemoSummary;

// The demo's review queues, drawn by its supervisor sara and assigned to its reviewers rita and
// dmitri: "Weekly sample" (one unreviewed call per agent and week, with items done, in progress,
// skipped, removed and added by hand, as a week's work leaves them) and "Stratified sample"
// (eight calls spread over phone queue and duration, all to do). Queues that exist are kept.
review::Status saveDemoQueues(review::Workspace& workspace, quint32 seed, DemoSummary& summary);

} // namespace callqa::app
