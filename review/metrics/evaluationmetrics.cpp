#include "review/metrics/evaluationmetrics.h"

#include "checklists/scoring/itemscore.h"

namespace callqa::review {

ItemAnswerFacts itemAnswerFacts(const checklists::Item& item, const checklists::Answer& answer)
{
    const checklists::ItemScore scored = checklists::scoreItem(item, answer);
    ItemAnswerFacts facts;
    facts.applicable = scored.status == checklists::ItemScore::Status::Counted;
    facts.fullPoints = facts.applicable && scored.earned >= scored.possible - 1e-9;
    return facts;
}

Sample qaScoreSample(const QList<EvaluationFacts>& evaluations)
{
    Sample sample{Aggregate::Mean, {}, 0, 100};
    for (const EvaluationFacts& e : evaluations) {
        if (e.overall)
            sample.values.push_back(*e.overall);
    }
    return sample;
}

Sample passRateSample(const QList<EvaluationFacts>& evaluations)
{
    Sample sample{Aggregate::Rate, {}};
    for (const EvaluationFacts& e : evaluations)
        sample.values.push_back(e.passed ? 1.0 : 0.0);
    return sample;
}

Sample disputesUpheldSample(const QList<DisputeOutcome>& disputes)
{
    Sample sample{Aggregate::Rate, {}};
    for (const DisputeOutcome& d : disputes)
        sample.values.push_back(d.upheld ? 1.0 : 0.0);
    return sample;
}

Sample criticalFailRateSample(const QList<EvaluationFacts>& evaluations)
{
    Sample sample{Aggregate::Rate, {}};
    for (const EvaluationFacts& e : evaluations)
        sample.values.push_back(e.criticalFail ? 1.0 : 0.0);
    return sample;
}

Sample evaluationsDoneSample(const QList<EvaluationFacts>& evaluations)
{
    return Sample{Aggregate::Count, std::vector<double>(size_t(evaluations.size()), 1.0)};
}

Sample itemComplianceSample(const QList<ItemAnswerFacts>& answers)
{
    Sample sample{Aggregate::Rate, {}};
    for (const ItemAnswerFacts& a : answers) {
        if (a.applicable)
            sample.values.push_back(a.fullPoints ? 1.0 : 0.0);
    }
    return sample;
}

} // namespace callqa::review
