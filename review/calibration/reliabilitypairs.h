#pragma once

#include "review/auth/permissions.h"
#include "review/calibration/reliability.h"
#include "review/result.h"

namespace callqa::review {

class Workspace;

// The calls of everyday work scored twice, by two different reviewers, on one checklist version:
// submitted evaluations and the reliability scores of double-scored queue items (calibration
// ones never, promoted ones like any other) submitted in [fromMs, toMs). Per call the earliest
// counted evaluation and the next one by someone else, a reliability score coming after every
// counted one. Those who read all evaluations (supervisors, coaches).
Result<QList<ReliabilityPair>> readReliabilityPairs(Workspace& workspace, const Actor& actor,
                                                    qint64 checklistVersionId, qint64 fromMs,
                                                    qint64 toMs);

} // namespace callqa::review
