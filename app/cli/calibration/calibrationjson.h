#pragma once

#include "review/calibration/calibrationreport.h"
#include "review/calibration/calibrationsession.h"
#include "review/calibration/drift.h"
#include "review/calibration/reliability.h"

#include <QJsonObject>

namespace callqa::app {

// {"value": 0.21, "ci95": [lo, hi]}; undefined: {"value": null, "reason": "..."}; an interval
// that is undefined: "ci95": null with "ci95_reason". `withInterval` false leaves ci95 out.
QJsonObject estimateToJson(const review::Estimate& estimate, bool withInterval);

QJsonObject calibrationSessionToJson(const review::CalibrationSession& session);

// The report as `calibration report --json` prints it (README "Calibration").
QJsonObject calibrationReportToJson(const review::CalibrationSession& session,
                                    const review::CalibrationReport& report,
                                    const review::Bootstrap& bootstrap);

QJsonObject itemAgreementToJson(const review::ItemAgreementRow& item);

// `calibration reliability --json`: as the report's items and overall, with `pairs` and reviewers
// against their partners.
QJsonObject reliabilityReportToJson(const review::ReliabilityReport& report,
                                    const review::Bootstrap& bootstrap);

QJsonObject reviewerDriftToJson(const review::ReviewerDrift& drift);

} // namespace callqa::app
