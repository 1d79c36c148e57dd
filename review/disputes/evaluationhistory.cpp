#include "review/disputes/evaluationhistory.h"

#include <QCoreApplication>
#include <QHash>

namespace callqa::review {

QList<EvaluationSummary> evaluationChain(const QList<EvaluationSummary>& ofCall,
                                         qint64 evaluationId)
{
    QHash<qint64, EvaluationSummary> byId;
    for (const EvaluationSummary& e : ofCall)
        byId.insert(e.id, e);
    if (!byId.contains(evaluationId))
        return {};
    qint64 root = evaluationId;
    // Bounded: a cycle in bad data must not loop forever.
    for (qsizetype steps = 0; byId.value(root).revisionOf && steps < byId.size(); ++steps) {
        if (!byId.contains(*byId.value(root).revisionOf))
            break;
        root = *byId.value(root).revisionOf;
    }
    QList<EvaluationSummary> chain;
    qint64 at = root;
    while (at && byId.contains(at) && chain.size() < byId.size()) {
        chain << byId.value(at);
        at = 0;
        for (const EvaluationSummary& e : ofCall)
            if (e.revisionOf == chain.last().id)
                at = e.id;
    }
    return chain;
}

Result<QList<HistoryLink>> evaluationHistory(Workspace& workspace, const Actor& actor,
                                             qint64 evaluationId)
{
    using R = Result<QList<HistoryLink>>;
    EvaluationStore store(workspace, actor);
    EvaluationFilter one;
    one.evaluationId = evaluationId;
    one.includeReplaced = true;
    const auto found = store.list(one);
    if (!found)
        return R::failure(found.error());
    if (found->isEmpty())
        return R::failure(
            QCoreApplication::translate("callqa::review::Disputes", "There is no evaluation %1.")
                .arg(evaluationId));
    EvaluationFilter ofCall;
    ofCall.callId = found->first().callId;
    ofCall.includeReplaced = true;
    const auto calls = store.list(ofCall);
    if (!calls)
        return R::failure(calls.error());
    DisputeStore disputes(workspace, actor);
    QList<HistoryLink> history;
    for (const EvaluationSummary& e : evaluationChain(calls.value(), evaluationId)) {
        const auto of = disputes.ofEvaluation(e.id);
        if (!of)
            return R::failure(of.error());
        history << HistoryLink{e, of.value()};
    }
    return history;
}

} // namespace callqa::review
