#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/evaluationinput.h"
#include "review/checklists/checkliststore.h"
#include "review/evaluations/evaluationstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Evaluation", text);
}

QString humanScore(const std::optional<double>& overall)
{
    return overall ? tr("%1 %").arg(QLocale().toString(*overall, 'f', 1)) : tr("not scored");
}

QJsonObject toJson(const review::EvaluationSummary& e)
{
    QJsonObject object{{QStringLiteral("id"), QString::number(e.id)},
                       {QStringLiteral("call_id"), QString::number(e.callId)},
                       {QStringLiteral("call_external_id"), e.callExternalId},
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
    return object;
}

} // namespace

int runEvaluate(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa evaluate CALL --checklist KEY [--version N] --answers FILE\n"
           "Scores a call from answers in JSON (callqa.answers/1), for backfill. CALL is the "
           "call's id or external call id."));
    const QCommandLineOption checklistOption(QStringLiteral("checklist"), tr("Checklist key."),
                                             QStringLiteral("KEY"));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           tr("Checklist version (default: the latest)."),
                                           QStringLiteral("N"));
    const QCommandLineOption answersOption(QStringLiteral("answers"), tr("Answers JSON file."),
                                           QStringLiteral("FILE"));
    parser.addOptions({checklistOption, versionOption, answersOption});
    parser.addPositionalArgument(QStringLiteral("call"), tr("Call id or external call id."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("evaluate"), args))
        return *exit;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(checklistOption) ||
        !parser.isSet(answersOption)) {
        ctx.err << parser.applicationDescription() << '\n';
        return ExitUsage;
    }
    const int version = parser.isSet(versionOption) ? parser.value(versionOption).toInt() : 0;

    const auto answers = readAnswersFile(ctx, parser.value(answersOption));
    if (!answers)
        return ExitFailures;

    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const QString callReference = parser.positionalArguments().first();
    const qint64 callId = findCallOrReport(ctx, *workspace, callReference);
    if (callId == 0)
        return ExitFailures;
    const auto checklist =
        review::ChecklistStore(*workspace, *actor).version(parser.value(checklistOption), version);
    if (!checklist)
        return reportFailure(ctx, checklist.error());
    review::EvaluationStore store(*workspace, *actor);
    const auto submitted = store.submit(callId, checklist->id, *answers);
    if (!submitted)
        return reportFailure(ctx, submitted.error());
    review::EvaluationFilter filter;
    filter.callId = callId;
    const auto listed = store.list(filter);
    if (!listed || listed->isEmpty())
        return reportFailure(ctx, listed ? tr("The evaluation was stored but cannot be read back.")
                                         : listed.error());
    const review::EvaluationSummary& stored = listed->first();
    if (ctx.json)
        printJson(ctx, QJsonDocument(toJson(stored)));
    else
        ctx.out << tr("Evaluation %1 of call %2: %3, %4.")
                       .arg(QLocale().toString(stored.id), callReference,
                            humanScore(stored.overall), stored.passed ? tr("passed") : tr("failed"))
                << '\n';
    return ExitOk;
}

int runEvaluations(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa evaluations [--agent AGENT_ID] [--call CALL] [--checklist KEY]\n"
           "Lists submitted evaluations, newest first. Agents see only their own."));
    const QCommandLineOption agentOption(QStringLiteral("agent"), tr("Only this agent's calls."),
                                         QStringLiteral("AGENT_ID"));
    const QCommandLineOption callOption(QStringLiteral("call"), tr("Only this call."),
                                        QStringLiteral("CALL"));
    const QCommandLineOption checklistOption(QStringLiteral("checklist"),
                                             tr("Only this checklist."), QStringLiteral("KEY"));
    parser.addOptions({agentOption, callOption, checklistOption});
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("evaluations"), args))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        ctx.err << parser.applicationDescription() << '\n';
        return ExitUsage;
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;

    review::EvaluationFilter filter;
    filter.agentExternalId = parser.value(agentOption);
    filter.checklistKey = parser.value(checklistOption);
    if (parser.isSet(callOption)) {
        try {
            filter.callId = review::findCallId(*workspace, parser.value(callOption));
        } catch (const review::DbError& error) {
            return reportFailure(ctx, error.message());
        }
    }
    const auto listed = review::EvaluationStore(*workspace, *actor).list(filter);
    if (!listed)
        return reportFailure(ctx, listed.error());
    if (ctx.json) {
        QJsonArray array;
        for (const review::EvaluationSummary& e : listed.value())
            array.append(toJson(e));
        printJson(ctx, QJsonDocument(array));
        return ExitOk;
    }
    const QLocale locale;
    for (const review::EvaluationSummary& e : listed.value()) {
        ctx.out << locale.toString(QDateTime::fromMSecsSinceEpoch(e.submittedAt),
                                   QLocale::ShortFormat)
                << " | " << (e.agentName.isEmpty() ? e.agentExternalId : e.agentName) << " | "
                << tr("%1 v%2").arg(e.checklistKey).arg(e.checklistVersion) << " | "
                << humanScore(e.overall) << " | "
                << (e.criticalFail ? tr("critical fail") : (e.passed ? tr("passed") : tr("failed")))
                << " | " << e.reviewer << '\n';
    }
    ctx.out << QCoreApplication::translate("callqa::app::Evaluation", "%n evaluation(s)", nullptr,
                                           int(listed->size()))
            << '\n';
    return ExitOk;
}

} // namespace callqa::app
