#pragma once

#include "review/auth/permissions.h"
#include "review/queues/draw.h"
#include "review/queues/population.h"
#include "review/queues/samplingrule.h"
#include "review/result.h"

#include <vector>

namespace callqa::review {

class Workspace;

// What a draw would take, before anything is stored: the queue wizard's live count.
struct DrawPreview {
    qint64 eligible = 0;              // the frame's size
    qint64 allocated = 0;             // how many calls the draw would take
    std::vector<StratumCount> strata; // by group, then stratum, as drawSample gives them
};

// Reads the frame of `population` and draws by `rule` exactly as QueueStore::create() would,
// writing nothing. Needs ManageQueues.
Result<DrawPreview> previewDraw(Workspace& workspace, const Actor& actor,
                                const Population& population, const SamplingRule& rule);

} // namespace callqa::review
