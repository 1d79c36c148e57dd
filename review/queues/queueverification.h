#pragma once

#include "review/queues/draw.h"
#include "review/queues/queueitem.h"

#include <QList>
#include <QSet>

namespace callqa::review {

// What `queue verify` finds when it re-draws a queue from its stored frame, rule and seed.
struct QueueVerification {
    bool frameIntact = true;            // the stored frame still has the digest taken at draw time
    std::vector<qint64> drawnNotQueued; // the re-draw picks them, the queue lacks them
    std::vector<qint64> queuedNotDrawn; // items that say "draw" but the re-draw does not pick
    std::vector<qint64> addedByHand;    // manual items with their audited reason
    std::vector<qint64> removedByHand;  // drawn, then removed with an audited reason
    std::vector<qint64> unexplained;    // manual or removed items no audit row explains

    // Everything that differs is explained by a recorded, audited change.
    bool matches() const
    {
        return frameIntact && drawnNotQueued.empty() && queuedNotDrawn.empty() &&
               unexplained.empty();
    }
};

// Pure: compares the re-draw with the queue's items. `auditedAdds` / `auditedRemovals` are the
// calls the audit log records as added to / removed from this queue by hand.
QueueVerification compareWithRedraw(const Draw& redraw, const QList<QueueItem>& items,
                                    const QSet<qint64>& auditedAdds,
                                    const QSet<qint64>& auditedRemovals, bool frameIntact);

} // namespace callqa::review
