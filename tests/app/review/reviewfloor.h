#pragma once

#include "review/queues/queuestore.h"
#include "review/storage/workspace.h"

#include <QList>
#include <QTemporaryDir>

namespace callqa::testing {

// The queue floor (queuefloor.h) with a March queue of four calls for rita, their recordings
// (stereo, a few seconds, made with ffmpeg) in a temporary folder that CALLQA_RECORDINGS_ROOT
// names while this object lives.
class ReviewFloor {
public:
    explicit ReviewFloor(review::Workspace& workspace, int quota = 4);
    ~ReviewFloor();

    review::QueueSummary queue;
    QList<review::QueueItem> items;
    QString recordingsRoot() const { return m_root.path(); }

private:
    QTemporaryDir m_root;
    QByteArray m_previousRoot;
};

} // namespace callqa::testing
