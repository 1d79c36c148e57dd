#pragma once

#include "review/auth/permissions.h"
#include "review/queues/queueitem.h"
#include "review/queues/queuestore.h"
#include "review/result.h"

#include <QList>
#include <QString>

namespace callqa::review {

class Workspace;

struct MyQueueEntry {
    qint64 queueId = 0;
    QString queueName;
    // For the second reviewer of a double-scored item, the item with their side's state.
    QueueItem item;
    bool secondScore = false;
};

// A reviewer's work: the items assigned to them in every open queue, to do, in progress and
// done (skipped and removed ones are no longer work), by queue and position; and the items they
// score second (double scoring), by the state of their side.
struct MyQueue {
    QList<MyQueueEntry> entries;
    QueueCounts counts;
};

Result<MyQueue> myQueue(Workspace& workspace, const Actor& actor);

} // namespace callqa::review
