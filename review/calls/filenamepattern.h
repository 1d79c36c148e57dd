#pragma once

#include "review/calls/manifest.h"

namespace callqa::review {

// Reads call facts from a file name when there is no manifest. The documented pattern is
//   YYYYMMDD-HHMMSS_AGENTID[_in|_out][_CALLID].ext     e.g. 20260305-101500_a017_in_C-88231.wav
// with the time in UTC. A name that does not follow it yields facts with only `file` set.
CallFacts factsFromFileName(const QString& relativePath);

} // namespace callqa::review
