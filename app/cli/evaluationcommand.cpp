#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/evaluationinput.h"
#include "app/cli/evaluationjson.h"
#include "review/checklists/checkliststore.h"
#include "review/evaluations/acknowledgements.h"
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

} // namespace

int runEvaluate(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa evaluate CALL --checklist KEY [--version N] --answers FILE\n"
           "Scores a call from answers in JSON (callqa.answers/1), for backfill. CALL is the "
           "phone system's call id (=ID to insist), or #ID for the id `callqa calls` shows."));
    const QCommandLineOption checklistOption(QStringLiteral("checklist"), tr("Checklist key."),
                                             QStringLiteral("KEY"));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           tr("Checklist version (default: the latest)."),
                                           QStringLiteral("N"));
    const QCommandLineOption answersOption(QStringLiteral("answers"), tr("Answers JSON file."),
                                           QStringLiteral("FILE"));
    parser.addOptions({checklistOption, versionOption, answersOption});
    parser.addPositionalArgument(QStringLiteral("call"),
                                 tr("The phone system's call id, or #ID for the workspace's id."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("evaluate"), args))
        return *exit;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(checklistOption) ||
        !parser.isSet(answersOption)) {
        ctx.err << parser.applicationDescription() << '\n';
        return ExitUsage;
    }
    bool versionOk = true;
    const int version =
        parser.isSet(versionOption) ? parser.value(versionOption).toInt(&versionOk) : 0;
    if (!versionOk || (parser.isSet(versionOption) && version < 1)) {
        ctx.err << tr("--version takes a version number from 1.") << '\n';
        return ExitUsage;
    }

    const auto answers = readAnswersFile(ctx, parser.value(answersOption));
    if (!answers)
        return ExitFailures;

    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const auto call = findCallOrReport(ctx, *workspace, parser.positionalArguments().first());
    if (!call)
        return ExitFailures;
    const auto checklist =
        review::ChecklistStore(*workspace, *actor).version(parser.value(checklistOption), version);
    if (!checklist)
        return reportFailure(ctx, checklist.error());
    const auto submitted =
        review::EvaluationStore(*workspace, *actor).submit(call->id, checklist->id, *answers);
    if (!submitted)
        return reportFailure(ctx, submitted.error());
    if (ctx.json)
        printJson(ctx, QJsonDocument(evaluationToJson(submitted.value())));
    else
        ctx.out << describeEvaluation(submitted.value()) << '\n';
    return ExitOk;
}

int runEvaluations(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa evaluations [--mine] [--agent AGENT_ID] [--call CALL] [--checklist KEY] "
           "[--unacknowledged|--overdue] [--history]\n"
           "Lists submitted evaluations, newest first, the latest revision of each (--history: "
           "replaced ones too). Agents see those of their own calls; reviewers see those they "
           "wrote (--mine for supervisors too). --unacknowledged: not acknowledged by the agent "
           "yet; --overdue: and submitted more than the workspace's "
           "acknowledgements.overdue_days ago."));
    const QCommandLineOption agentOption(QStringLiteral("agent"), tr("Only this agent's calls."),
                                         QStringLiteral("AGENT_ID"));
    const QCommandLineOption callOption(QStringLiteral("call"), tr("Only this call."),
                                        QStringLiteral("CALL"));
    const QCommandLineOption checklistOption(QStringLiteral("checklist"),
                                             tr("Only this checklist."), QStringLiteral("KEY"));
    const QCommandLineOption mineOption(QStringLiteral("mine"),
                                        tr("Only the evaluations you wrote."));
    const QCommandLineOption unacknowledgedOption(QStringLiteral("unacknowledged"),
                                                  tr("Only those not acknowledged yet."));
    const QCommandLineOption overdueOption(QStringLiteral("overdue"),
                                           tr("Only acknowledgements overdue."));
    const QCommandLineOption historyOption(QStringLiteral("history"),
                                           tr("Replaced evaluations too."));
    parser.addOptions({agentOption, callOption, checklistOption, mineOption, unacknowledgedOption,
                       overdueOption, historyOption});
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
    filter.writtenByActor = parser.isSet(mineOption);
    filter.includeReplaced = parser.isSet(historyOption);
    filter.unacknowledgedOnly = parser.isSet(unacknowledgedOption) || parser.isSet(overdueOption);
    if (parser.isSet(overdueOption))
        filter.submittedBeforeMs =
            workspace->now() - qint64(review::acknowledgementOverdueDays(*workspace)) * 86'400'000;
    if (parser.isSet(callOption)) {
        const auto call = findCallOrReport(ctx, *workspace, parser.value(callOption));
        if (!call)
            return ExitFailures;
        filter.callId = call->id;
    }
    const auto listed = review::EvaluationStore(*workspace, *actor).list(filter);
    if (!listed)
        return reportFailure(ctx, listed.error());
    if (ctx.json) {
        QJsonArray array;
        for (const review::EvaluationSummary& e : listed.value()) {
            QJsonObject object = evaluationToJson(e);
            const auto comments = review::evaluationComments(*workspace, *actor, e.id);
            if (!comments)
                return reportFailure(ctx, comments.error());
            object.insert(QStringLiteral("comments"), commentsToJson(comments.value()));
            array.append(object);
        }
        printJson(ctx, QJsonDocument(array));
        return ExitOk;
    }
    const QLocale locale;
    for (const review::EvaluationSummary& e : listed.value()) {
        ctx.out << locale.toString(QDateTime::fromMSecsSinceEpoch(e.submittedAt),
                                   QLocale::ShortFormat)
                << " | " << review::describeCall({e.callId, e.callExternalId}) << " | "
                << (e.agentName.isEmpty() ? e.agentExternalId : e.agentName) << " | "
                << tr("%1 v%2").arg(e.checklistKey).arg(e.checklistVersion) << " | "
                << humanScore(e.overall) << " | "
                << (e.criticalFail ? tr("critical fail") : (e.passed ? tr("passed") : tr("failed")))
                << " | " << e.reviewer
                << (e.status == QLatin1String("reliability") ? tr(" | reliability score")
                                                             : QString())
                << '\n';
    }
    ctx.out << QCoreApplication::translate("callqa::app::Evaluation", "%Ln evaluation(s)", nullptr,
                                           int(listed->size()))
            << '\n';
    return ExitOk;
}

} // namespace callqa::app
