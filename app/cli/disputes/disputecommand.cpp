#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/disputes/disputejson.h"
#include "app/cli/evaluationinput.h"
#include "app/cli/subcommands.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Dispute", text);
}

int printDispute(CliContext& ctx, const review::Result<review::Dispute>& dispute)
{
    if (!dispute)
        return reportFailure(ctx, dispute.error());
    if (ctx.json)
        printJson(ctx, QJsonDocument(disputeToJson(dispute.value())));
    else
        ctx.out << describeDispute(dispute.value()) << '\n';
    return ExitOk;
}

int runOpen(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa dispute open EVALUATION --reason TEXT [--item KEY=REASON ...]\n"
           "Disputes an evaluation of your own call (agents), or of an agent's (coaches, on "
           "their behalf), within the workspace's window after submission."));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why, overall."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption item(QStringLiteral("item"), tr("Why, for one item."),
                                  QStringLiteral("KEY=REASON"));
    parser.addOptions({reason, item});
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("dispute open"), args))
        return *exit;
    const auto evaluation = oneIdArgument(ctx, parser);
    if (!evaluation)
        return ExitUsage;
    QMap<QString, QString> items;
    for (const QString& pair : parser.values(item)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            ctx.err << tr("--item %1: write it KEY=REASON.").arg(pair) << '\n';
            return ExitUsage;
        }
        items.insert(pair.left(eq).trimmed(), pair.mid(eq + 1));
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    return printDispute(
        ctx,
        review::DisputeStore(*workspace, *actor).open(*evaluation, parser.value(reason), items));
}

int runList(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa dispute list [--state open|accepted|rejected|withdrawn]\n"
           "Disputes, newest first: an agent sees their own, supervisors and coaches all."));
    const QCommandLineOption state(QStringLiteral("state"), tr("Only disputes in this state."),
                                   QStringLiteral("STATE"));
    parser.addOption(state);
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("dispute list"), args))
        return *exit;
    std::optional<review::DisputeState> only;
    if (parser.isSet(state)) {
        only = review::disputeStateFromName(parser.value(state));
        if (!only || *only == review::DisputeState::None) {
            ctx.err << tr("--state is open, accepted, rejected or withdrawn.") << '\n';
            return ExitUsage;
        }
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const auto listed = review::DisputeStore(*workspace, *actor).list(only);
    if (!listed)
        return reportFailure(ctx, listed.error());
    if (ctx.json) {
        QJsonArray array;
        for (const review::Dispute& d : listed.value())
            array.append(disputeToJson(d));
        printJson(ctx, QJsonDocument(array));
        return ExitOk;
    }
    for (const review::Dispute& d : listed.value())
        ctx.out << describeDispute(d) << '\n';
    ctx.out << QCoreApplication::translate("callqa::app::Dispute", "%Ln dispute(s)", nullptr,
                                           int(listed->size()))
            << '\n';
    return ExitOk;
}

// accept, reject and withdraw: one dispute id, a reason where the rule needs one.
int runDecision(CliContext& ctx, const QStringList& args, const QString& name)
{
    const bool accept = name == QLatin1String("accept");
    const bool withdraw = name == QLatin1String("withdraw");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        accept     ? tr("callqa dispute accept DISPUTE --answers FILE --reason TEXT\n"
                            "Accepts a dispute by re-scoring the evaluation: the answers "
                            "(callqa.answers/1) become a revision on the same checklist version.")
        : withdraw ? tr("callqa dispute withdraw DISPUTE\nWithdraws an open dispute.")
                   : tr("callqa dispute reject DISPUTE --reason TEXT\nRejects a dispute."));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why."), QStringLiteral("TEXT"));
    const QCommandLineOption answers(QStringLiteral("answers"), tr("The revision's answers."),
                                     QStringLiteral("FILE"));
    if (!withdraw)
        parser.addOption(reason);
    if (accept)
        parser.addOption(answers);
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("dispute ") + name, args))
        return *exit;
    const auto dispute = oneIdArgument(ctx, parser);
    if (!dispute)
        return ExitUsage;
    std::optional<checklists::AnswerSet> revised;
    if (accept) {
        if (!parser.isSet(answers)) {
            ctx.err << tr("--answers FILE: the re-scored answers.") << '\n';
            return ExitUsage;
        }
        revised = readAnswersFile(ctx, parser.value(answers));
        if (!revised)
            return ExitFailures;
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    review::DisputeStore store(*workspace, *actor);
    if (accept)
        return printDispute(ctx, store.accept(*dispute, *revised, parser.value(reason)));
    if (withdraw)
        return printDispute(ctx, store.withdraw(*dispute));
    return printDispute(ctx, store.reject(*dispute, parser.value(reason)));
}

int runAccept(CliContext& ctx, const QStringList& args)
{
    return runDecision(ctx, args, QStringLiteral("accept"));
}
int runReject(CliContext& ctx, const QStringList& args)
{
    return runDecision(ctx, args, QStringLiteral("reject"));
}
int runWithdraw(CliContext& ctx, const QStringList& args)
{
    return runDecision(ctx, args, QStringLiteral("withdraw"));
}

const Subcommand kSubcommands[] = {
    {"open", runOpen,
     QT_TRANSLATE_NOOP("callqa::app::Dispute",
                       "open EVALUATION --reason TEXT [--item KEY=REASON ...]")},
    {"list", runList,
     QT_TRANSLATE_NOOP("callqa::app::Dispute", "list [--state open|accepted|rejected|withdrawn]")},
    {"accept", runAccept,
     QT_TRANSLATE_NOOP("callqa::app::Dispute",
                       "accept DISPUTE --answers FILE --reason TEXT  re-score as a revision")},
    {"reject", runReject,
     QT_TRANSLATE_NOOP("callqa::app::Dispute", "reject DISPUTE --reason TEXT")},
    {"withdraw", runWithdraw, QT_TRANSLATE_NOOP("callqa::app::Dispute", "withdraw DISPUTE")},
};

} // namespace

int runDispute(CliContext& ctx, const QStringList& args)
{
    return runSubcommand(ctx, args, kSubcommands, "callqa::app::Dispute",
                         tr("Usage: callqa dispute SUBCOMMAND (each takes --help):"));
}

} // namespace callqa::app
