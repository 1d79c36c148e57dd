#pragma once

#include "app/cli/clisupport.h"
#include "review/calibration/calibrationsession.h"

#include <optional>

namespace callqa::app {

// Signs in and reads SESSION (its id) as the actor may see it; prints and sets exitCode when
// either fails.
struct OpenSession {
    SignedIn signedIn;
    std::optional<review::CalibrationSession> session;
    int exitCode = ExitOk;
};
OpenSession openSession(CliContext& ctx, const QString& reference);

// One reviewer's score of one call: JSON (evaluation id, overall, answers) or lines.
void printCalibrationScore(CliContext& ctx, const review::CalibrationScore& score);

} // namespace callqa::app
