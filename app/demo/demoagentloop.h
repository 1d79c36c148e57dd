#pragma once

#include "review/result.h"

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

struct DemoSummary;

// The agents' side of the demo: jonas (agent a01) and ayse (a05) acknowledge, dispute and
// withdraw; sara accepts one dispute by re-scoring (a revision), mehmet rejects one, one stays
// open; carla and navid hold a coaching session each, with action items (one done, one overdue)
// and follow-ups, one acknowledged. Kept as it is when the workspace has disputes already.
review::Status saveDemoAgentLoop(review::Workspace& workspace, DemoSummary& summary);

} // namespace callqa::app
