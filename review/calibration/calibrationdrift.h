#pragma once

#include "review/auth/permissions.h"
#include "review/calibration/drift.h"
#include "review/result.h"

namespace callqa::review {

class Workspace;

// Reviewers' bias per month over every closed calibration session (open ones could show a blind
// session's answers). Supervisors and coaches read everyone's (or `reviewer`'s); anyone else only
// their own.
Result<QList<ReviewerDrift>> readCalibrationDrift(Workspace& workspace, const Actor& actor,
                                                  const QString& reviewer,
                                                  double thresholdPerMonth);

} // namespace callqa::review
