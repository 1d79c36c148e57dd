#include "review/calibration/reliabilitypairs.h"

#include "review/evaluations/evaluationstore.h"
#include "review/storage/workspace.h"

#include <QHash>
#include <QSet>

namespace callqa::review {

Result<QList<ReliabilityPair>> readReliabilityPairs(Workspace& workspace, const Actor& actor,
                                                    qint64 checklistVersionId, qint64 fromMs,
                                                    qint64 toMs)
{
    using R = Result<QList<ReliabilityPair>>;
    if (const Status allowed = authorize(actor, Action::ReadAllEvaluations); !allowed)
        return R::failure(allowed.error());
    try {
        Database& db = workspace.db();
        QSqlQuery q = db.exec(
            QStringLiteral("SELECT e.id, e.call_id, c.external_id, e.reviewer, e.overall_score, "
                           "e.submitted_at FROM evaluations e JOIN calls c ON c.id = e.call_id "
                           "WHERE e.status IN ('submitted', 'reliability') AND "
                           "e.checklist_version_id = ? AND e.submitted_at >= ? AND "
                           "e.submitted_at < ? ORDER BY e.call_id, CASE WHEN e.status = "
                           "'reliability' THEN 1 ELSE 0 END, e.submitted_at, e.id"),
            {checklistVersionId, fromMs, toMs});
        QList<ReliabilityPair> pairs;
        QHash<qint64, qsizetype> open; // call -> index of its pair still missing a second
        QSet<qint64> done;
        while (q.next()) {
            CalibrationScore score;
            score.evaluationId = q.value(0).toLongLong();
            score.callId = q.value(1).toLongLong();
            score.reviewer = q.value(3).toString();
            if (!q.value(4).isNull())
                score.overall = q.value(4).toDouble();
            score.submittedAt = q.value(5).toLongLong();
            if (done.contains(score.callId))
                continue;
            const auto pending = open.constFind(score.callId);
            if (pending == open.cend()) {
                ReliabilityPair pair;
                pair.callId = score.callId;
                pair.callExternalId = q.value(2).toString();
                pair.first = score;
                open.insert(score.callId, pairs.size());
                pairs << pair;
            } else if (pairs[*pending].first.reviewer != score.reviewer) {
                pairs[*pending].second = score;
                open.remove(score.callId);
                done.insert(score.callId);
            }
        }
        q.finish();
        QList<ReliabilityPair> complete;
        for (ReliabilityPair& pair : pairs) {
            if (pair.second.evaluationId == 0)
                continue;
            for (CalibrationScore* score : {&pair.first, &pair.second}) {
                const auto answers = readEvaluationAnswers(db, score->evaluationId);
                if (!answers)
                    return R::failure(answers.error());
                score->answers = answers.value();
            }
            complete << pair;
        }
        return complete;
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

} // namespace callqa::review
