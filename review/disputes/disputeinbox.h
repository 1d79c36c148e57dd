#pragma once
// What a supervisor's dispute inbox shows, decided without widgets: the order (open disputes
// first, the oldest open one on top; then the decided ones, the latest first) and where in its
// window each dispute was opened. Pure; table-tested.

#include "review/disputes/disputerules.h"
#include "review/disputes/disputestore.h"

#include <QList>

namespace callqa::review {

QList<Dispute> inboxOrder(QList<Dispute> disputes);

// The day of the dispute window (1 = the day of submission) a dispute was opened on, of
// `windowDays`; 0 when opened before submission (clock skew between workstations).
struct WindowDay {
    int day = 0;
    int of = 0;
};
WindowDay windowDayOf(qint64 submittedAtMs, qint64 openedAtMs, const DisputeSettings& settings);

} // namespace callqa::review
