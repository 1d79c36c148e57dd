#pragma once

#include "checklists/answer.h"
#include "checklists/item.h"
#include "review/metrics/sample.h"

#include <QList>

#include <optional>

namespace callqa::review {

// One counted evaluation (the latest revision of a submitted evaluation; see
// countedEvaluationsCondition in evaluationrows.h for which rows count).
struct EvaluationFacts {
    std::optional<double> overall; // percent 0..100; empty when nothing was scored
    bool passed = false;
    bool criticalFail = false;
};

// One answer to an item, judged on the checklist version the evaluation was scored on.
struct ItemAnswerFacts {
    bool applicable = false; // the answer counted (not N/A, not text, valid)
    bool fullPoints = false; // it earned all the item's points
};

// A decided dispute: accepted (the evaluation was re-scored) or rejected.
struct DisputeOutcome {
    bool upheld = false;
};

// Pure: how an answer fares on its item. applicable: scoreItem counted it;
// fullPoints: earned >= possible (1e-9 tolerance).
ItemAnswerFacts itemAnswerFacts(const checklists::Item& item, const checklists::Answer& answer);

// qa_score = mean of overall over evaluations with a score (Mean).
Sample qaScoreSample(const QList<EvaluationFacts>& evaluations);
// pass_rate = passed / evaluations (Rate).
Sample passRateSample(const QList<EvaluationFacts>& evaluations);
// critical_fail_rate = evaluations with an evaluation-level critical fail / evaluations (Rate).
Sample criticalFailRateSample(const QList<EvaluationFacts>& evaluations);
// evaluations_done = number of evaluations (Count).
Sample evaluationsDoneSample(const QList<EvaluationFacts>& evaluations);
// item_compliance = answers with full points / applicable answers of one item key, across
// checklist versions (Rate).
Sample itemComplianceSample(const QList<ItemAnswerFacts>& answers);
// disputes_upheld_rate = accepted disputes / decided (accepted + rejected) disputes, of
// evaluations of the scope's calls in the window (Rate). Open and withdrawn ones do not count.
Sample disputesUpheldSample(const QList<DisputeOutcome>& disputes);

} // namespace callqa::review
