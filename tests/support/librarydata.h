#pragma once

#include "review/storage/workspace.h"

#include <QHash>
#include <QString>

namespace callqa::testing {

// A small library with one call for each thing the library filters on. Calls by id:
// "C-1" İlker Yıldız (Support, inbound, Billing, 61 s, dead air 9 s, passed 92 %)
// "C-2" Jürgen Straße (Support, outbound, Sales, 300 s, failed 40 %, missing, meta city Köln)
// "C-3" Пётр Иванов (Sales, inbound, Billing, 30 s, critical fail, in open queue "Week 1" for
//       "rita")
// "C-4" مریم رضایی (Sales, no direction, no queue, 120 s, dead air 2 s, never reviewed)
// "C-5" no agent, no team, no start time, 10 s
struct LibraryData {
    QHash<QString, qint64> callIds;
    qint64 supportTeam = 0;
    qint64 salesTeam = 0;
    qint64 ilker = 0;
};
LibraryData seedLibrary(review::Workspace& workspace);

// Adds `count` more calls to a seeded library, varied like a day on a QA floor (agents, queues,
// directions, durations, talk metrics, some scored), for screenshots. Deterministic.
void addVariedCalls(review::Workspace& workspace, const LibraryData& data, int count);

} // namespace callqa::testing
