#pragma once

#include "checklists/answerset.h"
#include "checklists/checklist.h"
#include "review/disputes/disputestore.h"
#include "review/evaluations/evaluationstore.h"
#include "review/evaluations/reviewcomments.h"

#include <QList>
#include <QString>

namespace callqa::app {

// The scheme of the links on comment moments: "moment:5000" is 5 s into the call.
inline constexpr char kMomentLink[] = "moment:";

// One evaluation as its agent reads it: score and verdict, section scores, every answer, the
// reviewer's comments with their moments in the call (links that play from there), the
// acknowledgement and its disputes. Rich text.
QString evaluationDetailHtml(const review::EvaluationSummary& evaluation,
                             const checklists::Checklist& checklist,
                             const checklists::AnswerSet& answers,
                             const QList<review::ReviewComment>& comments,
                             const QList<review::Dispute>& disputes);

} // namespace callqa::app
