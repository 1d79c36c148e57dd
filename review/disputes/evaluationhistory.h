#pragma once

#include "review/auth/permissions.h"
#include "review/disputes/disputestore.h"
#include "review/evaluations/evaluationstore.h"
#include "review/result.h"

#include <QList>

namespace callqa::review {

class Workspace;

// One evaluation of a chain, with the disputes of it (its acknowledgement is in the summary).
struct HistoryLink {
    EvaluationSummary evaluation;
    QList<Dispute> disputes;
};

// Pure: the chain of `evaluationId` among the evaluations of its call, oldest first: the
// original and every revision of it, in order. Empty when the id is not among them.
QList<EvaluationSummary> evaluationChain(const QList<EvaluationSummary>& ofCall,
                                         qint64 evaluationId);

// The whole history of an evaluation as the actor may read it: every link of its chain with
// its disputes. `callqa evaluation show` and the GUI's history view both show this.
Result<QList<HistoryLink>> evaluationHistory(Workspace& workspace, const Actor& actor,
                                             qint64 evaluationId);

} // namespace callqa::review
