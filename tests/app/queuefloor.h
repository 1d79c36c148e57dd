#pragma once

#include "review/auth/permissions.h"
#include "review/queues/queuestore.h"
#include "review/storage/workspace.h"

#include <QList>

namespace callqa::testing {

// A floor for the queue screens: the default checklist published; the users ada (admin), sara
// (supervisor), rita and omid (reviewers); 24 calls in March 2026 (UTC) by agents a1..a3, every
// fourth one long (12 min) and the rest short, alternating between the phone queues "billing"
// and "technical", every third one outbound, with phone-system ids C-1..C-24 (files
// 2026-03/C-1.wav ...). Returns the calls' ids in that order.
QList<qint64> addQueueFloor(review::Workspace& workspace);

// Signs in as one of the floor's users (not ada).
review::Actor signedInAs(review::Workspace& workspace, const QString& login);

qint64 utcMs(const char* iso);

// A queue of `quota` March calls for `reviewer`, drawn by sara with seed 7; returns it.
review::QueueSummary drawMarchQueue(review::Workspace& workspace, const QString& name, int quota,
                                    const QString& reviewer,
                                    QList<review::StratumDimension> stratify = {});

} // namespace callqa::testing
