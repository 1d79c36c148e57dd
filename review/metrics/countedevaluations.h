#pragma once

#include <QString>

namespace callqa::review {

// The one place that decides which evaluations count in metrics, as an SQL condition on the
// evaluations table under `alias`: submitted, and the latest revision (no evaluation revises it).
// Calibration evaluations are to be excluded here too once evaluations can be flagged as such.
QString countedEvaluationsCondition(const QString& alias);

} // namespace callqa::review
