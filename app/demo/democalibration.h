#pragma once

#include "review/result.h"

#include <QStringList>

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

struct DemoSummary;

// The demo's calibration sessions, created by sara on the default checklist: "Calibration —
// last month" (closed, open mode, six calls scored by the reviewers rita, dmitri, lena and emre
// with sara as the expert; lena strict, emre lenient, dmitri missing a call) and "Calibration —
// this week" (blind, open, three calls, partly scored). `callIds` are the demo calls' phone-system
// ids; sessions that exist are kept.
review::Status saveDemoCalibration(review::Workspace& workspace, const QStringList& callIds,
                                   quint32 seed, DemoSummary& summary);

} // namespace callqa::app
