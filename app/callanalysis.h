#pragma once

#include "audio/core/analyzefile.h"
#include "audio/core/talkmetrics.h"
#include "review/calls/callanalysisstore.h"

#include <QByteArray>

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

struct CallAnalysis {
    review::CallTalkMetrics talk;
    QByteArray peaks;       // audio::Peaks, serialized ("CQPK")
    bool fromCache = false; // nothing was decoded
};

// Peaks and talk metrics of a call: from the workspace when they are there (and `force` is
// off), else decoded in one pass from the recording and stored. A recording that cannot be found
// is a clear error; cached results stay readable without it.
review::Result<CallAnalysis> analyzeCall(review::Workspace& workspace, const review::Actor& actor,
                                         qint64 callId, bool force = false);

// Where this workstation finds the call's recording (its recordings root and the stored path).
QString callRecordingPath(review::Workspace& workspace, const review::CallRecording& recording);

// Stores what one decoding pass of the call's recording found (with talk metrics), for a caller
// that decoded it itself (the review screen, off its GUI thread).
review::Result<CallAnalysis> storeCallAnalysis(review::Workspace& workspace,
                                               const review::Actor& actor,
                                               const review::CallRecording& recording,
                                               const audio::Analysis& analysis);

// The agent/customer view of per-channel talk metrics: which channel is whom comes from the
// call's channel map, else channel 0 is the agent and channel 1 the customer (a mono call has
// only an agent side: both speak on it).
review::CallTalkMetrics toCallTalkMetrics(const review::CallRecording& recording,
                                          const audio::TalkMetrics& talk);

} // namespace callqa::app
