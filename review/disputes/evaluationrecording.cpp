#include "review/disputes/evaluationrecording.h"

#include "review/auth/refusal.h"
#include "review/disputes/evaluationaccess.h"
#include "review/storage/database.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>

namespace callqa::review {

namespace {

CallRecording readRecording(Database& db, qint64 callId)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT content_sha256, relative_path, channels, "
                                         "agent_channel, customer_channel FROM calls WHERE id = ?"),
                          {callId});
    CallRecording recording;
    recording.callId = callId;
    if (!q.next())
        return recording;
    recording.contentSha256 = q.value(0).toString();
    recording.storedPath = q.value(1).toString();
    recording.channels = q.value(2).toInt();
    if (!q.value(3).isNull())
        recording.agentChannel = q.value(3).toInt();
    if (!q.value(4).isNull())
        recording.customerChannel = q.value(4).toInt();
    return recording;
}

} // namespace

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
        out.recording = readRecording(db, evaluation.callId);
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
