#include "app/cli/evaluationjson.h"

#include "app/cli/clisupport.h"
#include "review/calls/callreference.h"

#include <QCoreApplication>
#include <QLocale>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Evaluation", text);
}

} // namespace

QString humanScore(const std::optional<double>& overall)
{
    return overall ? tr("%1 %").arg(QLocale().toString(*overall, 'f', 1)) : tr("not scored");
}

QJsonValue phoneSystemIdJson(const QString& phoneSystemId)
{
    return phoneSystemId.isEmpty() ? QJsonValue() : QJsonValue(phoneSystemId);
}

QJsonObject evaluationToJson(const review::EvaluationSummary& e)
{
    QJsonObject object{{QStringLiteral("id"), e.id},
                       {QStringLiteral("call"), e.callId},
                       {QStringLiteral("call_id"), phoneSystemIdJson(e.callExternalId)},
                       {QStringLiteral("agent_id"), e.agentExternalId},
                       {QStringLiteral("agent_name"), e.agentName},
                       {QStringLiteral("checklist"), e.checklistKey},
                       {QStringLiteral("checklist_version"), e.checklistVersion},
                       {QStringLiteral("reviewer"), e.reviewer},
                       {QStringLiteral("status"), e.status},
                       {QStringLiteral("passed"), e.passed},
                       {QStringLiteral("critical_fail"), e.criticalFail},
                       {QStringLiteral("submitted_at"), isoUtc(e.submittedAt)}};
    object.insert(QStringLiteral("overall"), e.overall ? QJsonValue(*e.overall) : QJsonValue());
    object.insert(QStringLiteral("revision_of"),
                  e.revisionOf ? QJsonValue(*e.revisionOf) : QJsonValue());
    object.insert(QStringLiteral("acknowledged_at"),
                  e.acknowledgedAt ? QJsonValue(isoUtc(*e.acknowledgedAt)) : QJsonValue());
    return object;
}

QJsonArray commentsToJson(const QList<review::ReviewComment>& comments)
{
    QJsonArray array;
    for (const review::ReviewComment& c : comments)
        array.append(QJsonObject{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("at_ms"), c.atMs},
            {QStringLiteral("item"), c.itemKey.isEmpty() ? QJsonValue() : QJsonValue(c.itemKey)},
            {QStringLiteral("body"), c.body},
            {QStringLiteral("author"), c.author},
            {QStringLiteral("created_at"), isoUtc(c.createdAt)}});
    return array;
}

QString describeEvaluation(const review::EvaluationSummary& e)
{
    const QString text =
        tr("Evaluation %1 of call %2 on %3 v%4: %5, %6.")
            .arg(QLocale().toString(e.id), review::describeCall({e.callId, e.callExternalId}),
                 e.checklistKey, QLocale().toString(e.checklistVersion), humanScore(e.overall),
                 e.criticalFail ? tr("critical fail") : (e.passed ? tr("passed") : tr("failed")));
    if (e.status == QLatin1String("reliability"))
        return text + QLatin1Char(' ') +
               tr("A reliability score (the second, blind score of a double-scored call): it "
                  "counts nowhere.");
    return text;
}

} // namespace callqa::app
