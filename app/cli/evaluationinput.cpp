#include "app/cli/evaluationinput.h"

#include "app/cli/clisupport.h"
#include "checklists/answersjson.h"
#include "review/storage/database.h"

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

std::optional<review::CallIdentity> findCallOrReport(CliContext& ctx, review::Workspace& workspace,
                                                     const QString& reference)
{
    try {
        const auto call = review::resolveCallReference(workspace.db(), reference);
        if (call)
            return call.value();
        reportFailure(ctx, call.error());
    } catch (const review::DbError& error) {
        reportFailure(ctx, error.message());
    }
    return std::nullopt;
}

} // namespace callqa::app
