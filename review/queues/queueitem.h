#pragma once

#include <QString>

namespace callqa::review {

// One call in a review queue.
struct QueueItem {
    qint64 id = 0;
    qint64 callId = 0;
    QString callExternalId;
    qint64 position = 0;
    QString origin; // "draw" or "manual"
    QString group;
    QString stratum;
    QString assignee;
    QString state;
    QString reason;
    // Double-scored items only: the second reviewer, who scores the call blind, and the state of
    // their side ("todo", "in_progress", "done"); empty otherwise.
    QString secondReviewer;
    QString secondState;
};

} // namespace callqa::review
