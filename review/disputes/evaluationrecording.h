#pragma once

#include "review/auth/permissions.h"
#include "review/calls/callanalysisstore.h"
#include "review/calls/calllibrary.h"
#include "review/result.h"

#include <QByteArray>

#include <optional>

namespace callqa::review {

class Workspace;

// The call an evaluation is of, to listen to while reading it: its summary, its recording and the
// cached peaks of its waveform, if any.
struct EvaluationRecording {
    qint64 evaluationId = 0;
    CallSummary call;
    CallRecording recording;
    std::optional<QByteArray> peaks;
};

// The call of one evaluation, for those who may read the evaluation and open its call
// (authorizeReadCall): an agent gets the calls of their own evaluations and nothing of anyone
// else's (the refusal is "There is no evaluation N.", as if there were none).
Result<EvaluationRecording> evaluationRecording(Workspace& workspace, const Actor& actor,
                                                qint64 evaluationId);

} // namespace callqa::review
