#pragma once

#include "review/queues/samplingrule.h"

#include <QString>
#include <QTimeZone>

namespace callqa::review {

// One eligible call as the draw sees it.
struct FrameCall {
    qint64 id = 0;
    qint64 agentId = 0; // 0: no agent known
    QString queue;      // empty: no queue known
    qint64 durationMs = 0;
    qint64 startedAtMs = 0; // 0: no start time known
};

// The bands and dayparts a QA team reads calls by. Ids are locale-neutral (stored, printed in
// JSON); the bounds are the lower edge inclusive.
QString durationBand(qint64 durationMs); // "0-2min", "2-5min", "5-10min", "10min+"
QString daypart(int localHour); // "night" 0-6, "morning" 6-12, "afternoon" 12-18, "evening" 18-24

// Where a call falls under a rule, in the rule's time zone: the quota group it counts toward
// ("all", "agent=17", "agent=17/week=2026-W10") and its stratum within that group
// ("queue=billing/duration=2-5min"; "all" when the rule does not stratify).
struct CallPlace {
    QString group;
    QString stratum;
};
CallPlace placeOf(const FrameCall& call, const SamplingRule& rule, const QTimeZone& zone);

} // namespace callqa::review
