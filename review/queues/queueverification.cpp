#include "review/queues/queueverification.h"

namespace callqa::review {

QueueVerification compareWithRedraw(const Draw& redraw, const QList<QueueItem>& items,
                                    const QSet<qint64>& auditedAdds,
                                    const QSet<qint64>& auditedRemovals, bool frameIntact)
{
    QueueVerification result;
    result.frameIntact = frameIntact;
    QSet<qint64> drawn;
    for (const DrawnCall& call : redraw.calls)
        drawn.insert(call.callId);
    QSet<qint64> queuedByDraw;
    for (const QueueItem& item : items) {
        const bool manual = item.origin == QLatin1String("manual");
        if (!manual)
            queuedByDraw.insert(item.callId);
        if (manual) {
            (auditedAdds.contains(item.callId) ? result.addedByHand : result.unexplained)
                .push_back(item.callId);
        } else if (!drawn.contains(item.callId)) {
            result.queuedNotDrawn.push_back(item.callId);
        }
        if (item.state == QLatin1String("removed")) {
            if (auditedRemovals.contains(item.callId))
                result.removedByHand.push_back(item.callId);
            else
                result.unexplained.push_back(item.callId);
        }
    }
    for (const DrawnCall& call : redraw.calls) {
        if (!queuedByDraw.contains(call.callId))
            result.drawnNotQueued.push_back(call.callId);
    }
    return result;
}

} // namespace callqa::review
