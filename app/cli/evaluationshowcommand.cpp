// `callqa evaluation show ID` and `callqa ack ID`: one evaluation with everything about it, and
// the agent's acknowledgement of it.
#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/disputes/disputejson.h"
#include "app/cli/evaluationjson.h"
#include "app/cli/subcommands.h"
#include "checklists/answerchoices.h"
#include "checklists/answersjson.h"
#include "review/checklists/checkliststore.h"
#include "review/disputes/evaluationhistory.h"
#include "review/evaluations/acknowledgements.h"
#include "review/evaluations/reviewcomments.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Evaluation", text);
}

int runShow(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa evaluation show EVALUATION\n"
           "One evaluation: its score, every answer, the reviewer's comments with their times, "
           "the agent's acknowledgement, and its chain (the original, disputes, revisions)."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("evaluation show"), args))
        return *exit;
    const auto id = oneIdArgument(ctx, parser);
    if (!id)
        return ExitUsage;
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    review::EvaluationStore store(*workspace, *actor);
    review::EvaluationFilter one;
    one.evaluationId = *id;
    one.includeReplaced = true;
    const auto found = store.list(one);
    if (!found)
        return reportFailure(ctx, found.error());
    // Not listed: the reading rules say why (blind double scoring, say), or there is none.
    if (found->isEmpty()) {
        const auto why = store.answers(*id);
        return reportFailure(ctx, why ? tr("There is no evaluation %1.").arg(*id) : why.error());
    }
    const review::EvaluationSummary evaluation = found->first();
    const auto answers = store.answers(*id);
    if (!answers)
        return reportFailure(ctx, answers.error());
    const auto comments = review::evaluationComments(*workspace, *actor, *id);
    if (!comments)
        return reportFailure(ctx, comments.error());
    const auto history = review::evaluationHistory(*workspace, *actor, *id);
    if (!history)
        return reportFailure(ctx, history.error());
    const QList<review::HistoryLink>& chain = history.value();

    if (ctx.json) {
        QJsonObject object = evaluationToJson(evaluation);
        object.insert(QStringLiteral("answers"),
                      QJsonDocument::fromJson(checklists::answersToJson(answers.value())).object());
        object.insert(QStringLiteral("comments"), commentsToJson(comments.value()));
        object.insert(QStringLiteral("acknowledgement"),
                      evaluation.acknowledgedAt ? QJsonValue(evaluation.acknowledgement)
                                                : QJsonValue());
        QJsonArray links;
        for (const review::HistoryLink& e : chain) {
            QJsonObject link = evaluationToJson(e.evaluation);
            QJsonArray ofLink;
            for (const review::Dispute& d : e.disputes)
                ofLink.append(disputeToJson(d));
            link.insert(QStringLiteral("disputes"), ofLink);
            links.append(link);
        }
        object.insert(QStringLiteral("chain"), links);
        printJson(ctx, QJsonDocument(object));
        return ExitOk;
    }
    const QLocale locale;
    ctx.out << describeEvaluation(evaluation) << '\n';
    // Answers read as the form shows them: the item's prompt and the answer in words.
    // Without the checklist (an item it no longer has), the answer as the answers file has it.
    const auto version =
        review::ChecklistStore(*workspace, *actor).versionById(evaluation.checklistVersionId);
    const QJsonObject raw = checklists::answersToJsonObject(answers.value());
    for (const QString& key : answers->itemKeys()) {
        const checklists::Item* item = version ? version->checklist.findItem(key) : nullptr;
        const QJsonValue value = raw.value(key);
        ctx.out << "  " << (item ? item->prompt : key) << ": "
                << (item ? checklists::describeAnswer(*item, answers->answer(key))
                    : value.isString()
                        ? value.toString()
                        : QString::fromUtf8(
                              QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1))
                << '\n';
    }
    for (const review::ReviewComment& c : comments.value())
        ctx.out << tr("  comment at %1 by %2%3: %4")
                       .arg(tr("%1 s").arg(locale.toString(c.atMs / 1000.0, 'f', 1)), c.author,
                            c.itemKey.isEmpty() ? QString() : tr(" on %1").arg(c.itemKey), c.body)
                << '\n';
    ctx.out << (evaluation.acknowledgedAt
                    ? tr("Acknowledged on %1%2")
                          .arg(locale.toString(
                                   QDateTime::fromMSecsSinceEpoch(*evaluation.acknowledgedAt),
                                   QLocale::ShortFormat),
                               evaluation.acknowledgement.isEmpty()
                                   ? QString()
                                   : QStringLiteral(": ") + evaluation.acknowledgement)
                    : tr("Not acknowledged yet"))
            << '\n';
    if (chain.size() > 1 || evaluation.replaced)
        ctx.out << tr("Chain:") << '\n';
    for (const review::HistoryLink& e : chain) {
        if (chain.size() > 1)
            ctx.out << "  " << describeEvaluation(e.evaluation)
                    << (e.evaluation.id == *id ? tr(" (this one)") : QString()) << '\n';
        for (const review::Dispute& d : e.disputes)
            ctx.out << "    " << describeDispute(d) << '\n';
    }
    return ExitOk;
}

const Subcommand kSubcommands[] = {
    {"show", runShow,
     QT_TRANSLATE_NOOP(
         "callqa::app::Evaluation",
         "show EVALUATION   answers, comments, acknowledgement, disputes, revisions")},
};

} // namespace

int runEvaluation(CliContext& ctx, const QStringList& args)
{
    return runSubcommand(ctx, args, kSubcommands, "callqa::app::Evaluation",
                         tr("Usage: callqa evaluation SUBCOMMAND (each takes --help):"));
}

int runAck(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa ack EVALUATION [--comment TEXT]\n"
           "Acknowledges an evaluation of your own call (agents), once, optionally with a "
           "comment."));
    const QCommandLineOption comment(QStringLiteral("comment"), tr("A word back to the reviewer."),
                                     QStringLiteral("TEXT"));
    parser.addOption(comment);
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("ack"), args))
        return *exit;
    const auto id = oneIdArgument(ctx, parser);
    if (!id)
        return ExitUsage;
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    if (const review::Status done =
            review::acknowledgeEvaluation(*workspace, *actor, *id, parser.value(comment));
        !done)
        return reportFailure(ctx, done.error());
    if (ctx.json)
        printJson(ctx, QJsonDocument(QJsonObject{{QStringLiteral("id"), *id},
                                                 {QStringLiteral("acknowledged"), true}}));
    else
        ctx.out << tr("Evaluation %1 acknowledged.").arg(*id) << '\n';
    return ExitOk;
}

} // namespace callqa::app
