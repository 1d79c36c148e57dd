#pragma once

#include "review/result.h"

#include <QStringList>

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

struct DemoSummary;

// The demo's phone-system and survey figures, its talk analysis and the goals the teams gave as
// examples. Per call (`callIds`, the demo calls' phone-system ids): wait, time to answer, CSAT,
// NPS, escalated, complaint, resolved at the first contact, a case with its times when it was
// not, and the customer; per agent and day of the last 60: customers served. Imported through
// review::MetricsImporter, as `callqa metrics import` does; the calls analysed as `callqa
// analyze` does. Then, set by sara: the wait in the queue 15 -> 5 minutes in a month with tasks
// for sara, mehmet and carla (on track), customers served 20 -> 50 a day (at risk), CSAT
// (missed), NPS (achieved), one agent's escalations (not enough data: n), QA score (not enough
// data: the interval), "thanked the customer" on 95 % of calls (at risk), time to resolution
// from next week (not started), dead air per call (on track). A workspace that has goals already
// is left as it is.
review::Status saveDemoGoals(review::Workspace& workspace, const QStringList& callIds, quint32 seed,
                             DemoSummary& summary);

} // namespace callqa::app
