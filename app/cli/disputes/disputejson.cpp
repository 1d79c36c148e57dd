#include "app/cli/disputes/disputejson.h"

#include "app/cli/clisupport.h"
#include "app/cli/evaluationjson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace callqa::app {

QJsonObject disputeToJson(const review::Dispute& d)
{
    QJsonArray items;
    for (auto it = d.itemReasons.begin(); it != d.itemReasons.end(); ++it)
        items.append(QJsonObject{{QStringLiteral("item"), it.key()},
                                 {QStringLiteral("reason"), it.value()}});
    QJsonObject object{{QStringLiteral("id"), d.id},
                       {QStringLiteral("evaluation"), d.evaluationId},
                       {QStringLiteral("call"), d.callId},
                       {QStringLiteral("call_id"), phoneSystemIdJson(d.callExternalId)},
                       {QStringLiteral("agent_id"), d.agentExternalId},
                       {QStringLiteral("state"), review::disputeStateName(d.state)},
                       {QStringLiteral("reason"), d.reason},
                       {QStringLiteral("items"), items},
                       {QStringLiteral("opened_by"), d.openedBy},
                       {QStringLiteral("opened_at"), isoUtc(d.openedAt)}};
    object.insert(QStringLiteral("decided_by"),
                  d.decidedBy.isEmpty() ? QJsonValue() : QJsonValue(d.decidedBy));
    object.insert(QStringLiteral("decided_at"),
                  d.decidedAt ? QJsonValue(isoUtc(*d.decidedAt)) : QJsonValue());
    object.insert(QStringLiteral("decision_reason"),
                  d.decisionReason.isEmpty() ? QJsonValue() : QJsonValue(d.decisionReason));
    object.insert(QStringLiteral("revision"),
                  d.revisionId ? QJsonValue(*d.revisionId) : QJsonValue());
    return object;
}

QString describeDispute(const review::Dispute& d)
{
    QString line =
        QCoreApplication::translate("callqa::app::Dispute",
                                    "#%1 evaluation %2 (call %3) %4, opened by %5: %6")
            .arg(QString::number(d.id), QString::number(d.evaluationId),
                 d.callExternalId.isEmpty() ? QString::number(d.callId) : d.callExternalId,
                 review::disputeStateName(d.state), d.openedBy, d.reason);
    if (!d.decidedBy.isEmpty())
        line += QCoreApplication::translate("callqa::app::Dispute", " | decided by %1: %2")
                    .arg(d.decidedBy, d.decisionReason);
    if (d.revisionId)
        line += QCoreApplication::translate("callqa::app::Dispute", " | revision %1")
                    .arg(*d.revisionId);
    return line;
}

} // namespace callqa::app
