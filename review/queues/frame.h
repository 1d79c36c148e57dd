#pragma once

#include "review/queues/population.h"
#include "review/queues/strata.h"

#include <vector>

namespace callqa::review {

class Database;

// The eligible calls of a population, by id, with the facts a draw reads. One query; the
// "not in another open queue" test ignores items removed by hand.
std::vector<FrameCall> readFrame(Database& db, const Population& population);

// SHA-256 (hex) over the frame: ids and facts in id order, so a stored frame that was changed
// afterwards no longer matches the digest taken at draw time.
QString frameDigest(std::vector<FrameCall> frame);

} // namespace callqa::review
