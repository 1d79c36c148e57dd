#include "review/disputes/evaluationrecording.h"

#include "review/auth/refusal.h"
#include "review/calls/callanalysisstore.h"
#include "review/disputes/evaluationaccess.h"
#include "review/storage/database.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>

namespace callqa::review {

Result<EvaluationRecording> evaluationRecording(Workspace& workspace, const Actor& actor,
                                                qint64 evaluationId)
{
    using R = Result<EvaluationRecording>;
    Database& db = workspace.db();
    try {
        const EvaluationRecord evaluation = readableEvaluation(db, actor, evaluationId);
        if (const Status allowed = authorizeReadCall(actor, evaluation.agentId, true); !allowed)
            return R::failure(allowed.error());
        CallFilter one;
        one.callId = evaluation.callId;
        const QList<CallSummary> calls = listCalls(db, one);
        if (calls.isEmpty())
            return R::failure(QCoreApplication::translate("callqa::review::CallAnalysisStore",
                                                          "There is no call with id %1.")
                                  .arg(evaluation.callId));
        EvaluationRecording out;
        out.evaluationId = evaluationId;
        out.call = calls.first();
        out.recording = readCallRecording(db, evaluation.callId).value_or(CallRecording());
        out.recording.callId = evaluation.callId;
        const QVariant peaks =
            db.scalar(QStringLiteral("SELECT data FROM recording_peaks WHERE content_sha256 = ?"),
                      {out.recording.contentSha256});
        if (peaks.isValid() && !peaks.isNull())
            out.peaks = peaks.toByteArray();
        return out;
    } catch (const Refusal& refusal) {
        return R::failure(refusal.message);
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

} // namespace callqa::review
