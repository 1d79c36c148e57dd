#pragma once

#include "review/calls/callanalysisstore.h"
#include "review/calls/calllibrary.h"
#include "review/evaluations/evaluationstore.h"

#include <QList>
#include <QString>

#include <optional>

namespace callqa::app {

// What the reviewer knows of the call beside the audio: agent, team at the time, phone queue,
// direction, start, talk metrics, and the earlier evaluations of it (read-only). Rich text.
QString describeCallFacts(const review::CallSummary& call,
                          const std::optional<review::CallTalkMetrics>& talk,
                          const QList<review::EvaluationSummary>& earlier);

} // namespace callqa::app
