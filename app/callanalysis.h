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
    // Set when stored results came from an older talk detector and were replaced by this one's.
    std::optional<int> reanalyzedFromVersion;
    // Set when stored results came from an older talk detector but the recording could not be
    // found to analyse it again: they are returned as stored, marked.
    std::optional<int> outdatedVersion;
};

// Peaks and talk metrics of a call: from the workspace when they are there, made by this
// program's talk detector (audio::kVoiceActivityVersion) and `force` is off; else decoded in one
// pass from the recording and stored. A recording that cannot be found is a clear error; stored
// results stay readable without it (those of an older detector marked outdatedVersion).
review::Result<CallAnalysis> analyzeCall(review::Workspace& workspace, const review::Actor& actor,
                                         qint64 callId, bool force = false);

// Where this workstation finds the call's recording (its recordings root and the stored path):
// the one file, or the agent's leg of a call recorded in two.
QString callRecordingPath(review::Workspace& workspace, const review::CallRecording& recording);
// The customer's leg of a call recorded in two files; empty for a call in one.
QString callSecondLegPath(review::Workspace& workspace, const review::CallRecording& recording);

// The first of the call's files (one, or both legs) this workstation cannot find; empty when
// every one is there.
QString missingRecordingFile(const QString& path, const QString& secondLeg);

// One decoding pass over a call's audio: audio::analyzeFile, or analyzeLegs for two legs.
audio::Result<audio::Analysis> analyzeRecording(const QString& path, const QString& secondLeg,
                                                const audio::AnalysisOptions& options = {});

// Stores what one decoding pass of the call's recording found (with talk metrics), for a caller
// that decoded it itself (the review screen, off its GUI thread).
review::Result<CallAnalysis> storeCallAnalysis(review::Workspace& workspace,
                                               const review::Actor& actor,
                                               const review::CallRecording& recording,
                                               const audio::Analysis& analysis);

// The agent/customer view of per-channel talk metrics: which channel is whom comes from the
// call's channel map, else channel 0 is the agent and channel 1 the customer. With one channel
// of talk (mono, or one signal on both channels) there are no sides: talk time and dead air
// only, the rest needs two channels.
review::CallTalkMetrics toCallTalkMetrics(const review::CallRecording& recording,
                                          const audio::TalkMetrics& talk);

} // namespace callqa::app
