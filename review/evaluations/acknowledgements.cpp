#include "review/evaluations/acknowledgements.h"

#include "review/audit/auditlog.h"
#include "review/auth/refusal.h"
#include "review/disputes/evaluationaccess.h"
#include "review/storage/changenotice.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::Acknowledgements", text);
}

} // namespace

Status acknowledgeEvaluation(Workspace& workspace, const Actor& actor, qint64 evaluationId,
                             const QString& comment)
{
    Database& db = workspace.db();
    return transactRefusable(db, [&] {
        const EvaluationRecord evaluation = readableEvaluation(db, actor, evaluationId);
        if (!isAgentOf(actor, evaluation))
            throw Refusal{tr("Only the agent whose call it is acknowledges an evaluation.")};
        if (!evaluation.latest)
            throw Refusal{tr("Evaluation %1 was revised; acknowledge the latest revision.")
                              .arg(evaluationId)};
        if (db.scalar(QStringLiteral("SELECT count(*) FROM evaluation_acknowledgements WHERE "
                                     "evaluation_id = ?"),
                      {evaluationId})
                .toLongLong() > 0)
            throw Refusal{tr("Evaluation %1 is acknowledged already.").arg(evaluationId)};
        const QString text = comment.trimmed();
        const qint64 now = workspace.now();
        db.exec(QStringLiteral("INSERT INTO evaluation_acknowledgements (evaluation_id, login, "
                               "comment, acknowledged_at) VALUES (?, ?, ?, ?)"),
                {evaluationId, actor.login, text.isEmpty() ? QVariant() : QVariant(text), now});
        appendAudit(db, now,
                    {actor.login,
                     QStringLiteral("evaluation.acknowledge"),
                     QStringLiteral("evaluation"),
                     QString::number(evaluationId),
                     {{QStringLiteral("comment"), text}}});
        announceChange(db, QStringLiteral("evaluations"));
    });
}

int acknowledgementOverdueDays(Workspace& workspace)
{
    bool ok = false;
    const int days =
        workspace.setting(QStringLiteral("acknowledgements.overdue_days"), QStringLiteral("3"))
            .toInt(&ok);
    return ok && days > 0 ? days : 3;
}

} // namespace callqa::review
