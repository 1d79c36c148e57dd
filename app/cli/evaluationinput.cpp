#include "app/cli/evaluationinput.h"

#include "app/cli/clisupport.h"
#include "checklists/answersjson.h"
#include "review/evaluations/evaluationstore.h"

#include <QCoreApplication>
#include <QFile>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Evaluation", text);
}

} // namespace

std::optional<checklists::AnswerSet> readAnswersFile(CliContext& ctx, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reportFailure(ctx, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    auto answers = checklists::answersFromJson(file.readAll());
    if (!answers.ok()) {
        for (const checklists::ValidationError& error : answers.errors())
            ctx.err << path << ": " << error.toString() << '\n';
        return std::nullopt;
    }
    return std::move(answers).value();
}

qint64 findCallOrReport(CliContext& ctx, review::Workspace& workspace, const QString& reference)
{
    qint64 callId = 0;
    try {
        callId = review::findCallId(workspace, reference);
    } catch (const review::DbError& error) {
        reportFailure(ctx, error.message());
        return 0;
    }
    if (callId == 0)
        reportFailure(ctx, tr("There is no call %1.").arg(reference));
    return callId;
}

} // namespace callqa::app
