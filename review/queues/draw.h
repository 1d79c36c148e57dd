#pragma once

#include "review/queues/samplingrule.h"
#include "review/queues/strata.h"

#include <vector>

namespace callqa::review {

struct DrawnCall {
    qint64 callId = 0;
    QString group;
    QString stratum;
};

// One stratum of one quota group: how many calls were eligible, and how many the quota gave it.
struct StratumCount {
    QString group;
    QString stratum;
    qint64 eligible = 0;
    qint64 allocated = 0;
};

struct Draw {
    std::vector<DrawnCall> calls;     // by group, stratum, then the order they were drawn in
    std::vector<StratumCount> strata; // by group, then stratum
};

// Draws a sample from the frame: a pure function of (frame, rule), whatever order the frame
// comes in. Each quota group (see placeOf) gets min(quota, its eligible calls), split among its
// strata by allocateProportionally (ties by the seed); each stratum then takes a simple random
// sample of its share, from a random sequence of its own (SeededRandom::forPart), so the same
// frame, rule and seed always give the same calls.
Draw drawSample(std::vector<FrameCall> frame, const SamplingRule& rule);

} // namespace callqa::review
