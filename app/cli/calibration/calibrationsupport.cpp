#include "app/cli/calibration/calibrationsupport.h"

#include "app/cli/calibration/calibrationcommands.h"
#include "app/cli/evaluationjson.h"
#include "checklists/answersjson.h"
#include "review/calibration/calibrationstore.h"

#include <QJsonObject>

namespace callqa::app {

OpenSession openSession(CliContext& ctx, const QString& reference)
{
    OpenSession opened;
    QString digits = reference;
    if (digits.startsWith(QLatin1Char('#')))
        digits.remove(0, 1);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    if (!ok || id <= 0) {
        ctx.err << calibrationTr("A calibration session is named by its id (a number), not “%1”.")
                       .arg(reference)
                << '\n';
        opened.exitCode = ExitUsage;
        return opened;
    }
    opened.signedIn = openSignedIn(ctx);
    if (!opened.signedIn.workspace || !opened.signedIn.actor) {
        opened.exitCode = opened.signedIn.exitCode;
        return opened;
    }
    auto session =
        review::CalibrationStore(*opened.signedIn.workspace, *opened.signedIn.actor).session(id);
    if (!session) {
        opened.exitCode = reportFailure(ctx, session.error());
        return opened;
    }
    opened.session = std::move(session).value();
    return opened;
}

void printCalibrationScore(CliContext& ctx, const review::CalibrationScore& score)
{
    const QJsonObject answers = checklists::answersToJsonObject(score.answers);
    if (ctx.json) {
        printJson(ctx, QJsonDocument(QJsonObject{
                           {QStringLiteral("evaluation"), score.evaluationId},
                           {QStringLiteral("call"), score.callId},
                           {QStringLiteral("reviewer"), score.reviewer},
                           {QStringLiteral("overall"),
                            score.overall ? QJsonValue(*score.overall) : QJsonValue::Null},
                           {QStringLiteral("answers"), answers}}));
        return;
    }
    ctx.out << calibrationTr("Evaluation %1 by %2: %3")
                   .arg(score.evaluationId)
                   .arg(score.reviewer, humanScore(score.overall))
            << '\n';
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const QJsonValue value = it.value();
        const QString text =
            value.isObject()
                ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                : value.toVariant().toString();
        ctx.out << "  " << it.key() << ": " << text << '\n';
    }
}

} // namespace callqa::app
