#pragma once

#include <QString>

namespace callqa::review {

// The one place that decides which evaluations count in metrics, as an SQL condition on the
// evaluations table under `alias`: submitted, and the latest revision (no evaluation revises it).
// So calibration evaluations (status "calibration" until promoted) and the second, blind scores of
// double-scored queue items (status "reliability") never count: the first reviewer's score does.
QString countedEvaluationsCondition(const QString& alias);

} // namespace callqa::review
