#pragma once
// Everything the review screen shows of one call except the draft itself, read in one go: for
// the call being opened, and ahead of time for the next item of the queue (reading it takes no
// lease and changes nothing).

#include "audio/core/peaks.h"
#include "review/calls/callanalysisstore.h"
#include "review/calls/calllibrary.h"
#include "review/evaluations/evaluationstore.h"
#include "review/evaluations/reviewchecklist.h"

#include <QList>
#include <QString>

#include <optional>

namespace callqa::review {
class Workspace;
}

namespace callqa::app {

struct ReviewMaterial {
    review::CallSummary call;
    review::CallRecording recording;
    QString audioPath;     // where this workstation looks for the recording (the agent's leg)
    QString secondLegPath; // the customer's leg of a call in two files; else empty
    QString missingFile;   // the first of them that is not there
    bool audioFound = false;
    std::optional<audio::Peaks> peaks; // cached; empty: never analysed (or unreadable)
    std::optional<review::CallTalkMetrics> talk;
    review::ReviewChecklist checklist;
    QList<review::EvaluationSummary> earlier; // those the reviewer may read
};

review::Result<ReviewMaterial> loadReviewMaterial(review::Workspace& workspace,
                                                  const review::Actor& actor, qint64 callId);

} // namespace callqa::app
