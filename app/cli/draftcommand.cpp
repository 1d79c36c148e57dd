#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/evaluationinput.h"
#include "app/cli/evaluationjson.h"
#include "app/leaselength.h"
#include "checklists/answersjson.h"
#include "review/evaluations/draftleasekeeper.h"
#include "review/evaluations/evaluationdraftstore.h"
#include "review/evaluations/evaluationstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>

#include <QTimer>

#include <chrono>
#include <cmath>

namespace callqa::app {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("callqa::app::Draft", text, nullptr, n);
}

constexpr double kMaxSeconds = kMaxLeaseSeconds;

qint64 leaseMs()
{
    return draftLeaseMs();
}

QJsonObject holderToJson(const review::LeaseHolder& holder, qint64 serverNowMs)
{
    return {{QStringLiteral("login"), holder.login},
            {QStringLiteral("host"), holder.host},
            {QStringLiteral("expires_in_ms"), qMax<qint64>(0, holder.expiresAtMs - serverNowMs)}};
}

QJsonObject draftToJson(const review::EvaluationDraft& d, const review::CallIdentity& call)
{
    QJsonObject object{{QStringLiteral("id"), d.id},
                       {QStringLiteral("call"), d.callId},
                       {QStringLiteral("call_id"), phoneSystemIdJson(call.phoneSystemId)},
                       {QStringLiteral("created_by"), d.createdBy},
                       {QStringLiteral("checklist"), d.checklistKey},
                       {QStringLiteral("checklist_version"), d.checklistVersion},
                       {QStringLiteral("revision"), d.revision},
                       {QStringLiteral("updated_by"), d.updatedBy},
                       {QStringLiteral("answers"), checklists::answersToJsonObject(d.answers)},
                       {QStringLiteral("read_only"), d.readOnly()}};
    object.insert(QStringLiteral("held_by"),
                  d.heldBy ? QJsonValue(holderToJson(*d.heldBy, d.serverNowMs)) : QJsonValue());
    return object;
}

QString describeHolder(const review::LeaseHolder& holder, qint64 serverNowMs)
{
    return tr("%1 on %2 (for %3 s more unless renewed)")
        .arg(holder.login, holder.host,
             QLocale().toString(qMax<qint64>(0, holder.expiresAtMs - serverNowMs) / 1000));
}

void printDraft(CliContext& ctx, const review::EvaluationDraft& d, const review::CallIdentity& call)
{
    if (ctx.json) {
        printJson(ctx, QJsonDocument(draftToJson(d, call)));
    } else {
        ctx.out << tr("Draft %1 of call %2 on %3 v%4: %n answer(s), revision %5.",
                      int(d.answers.size()))
                       .arg(QLocale().toString(d.id), review::describeCall(call), d.checklistKey,
                            QLocale().toString(d.checklistVersion), QLocale().toString(d.revision))
                << '\n';
        if (d.heldBy)
            ctx.out
                << tr("Held by %1: read-only here.").arg(describeHolder(*d.heldBy, d.serverNowMs))
                << '\n';
    }
    ctx.out.flush();
}

// Keeps the draft held, renewing its lease, for `seconds` (a scripted reviewer at work).
void holdFor(CliContext& ctx, review::EvaluationDraftStore& store, qint64 draftId, double seconds)
{
    QEventLoop loop;
    review::DraftLeaseKeeper keeper(store, draftId);
    QObject::connect(&keeper, &review::DraftLeaseKeeper::renewFailed, &loop,
                     [&ctx](const QString& error) {
                         ctx.err << tr("Could not renew the hold: %1").arg(error) << '\n';
                         ctx.err.flush();
                     });
    QTimer::singleShot(std::chrono::milliseconds(qint64(seconds * 1000)), &loop, &QEventLoop::quit);
    loop.exec();
}

int runDraftList(CliContext& ctx, review::EvaluationDraftStore& store)
{
    const auto listed = store.list();
    if (!listed)
        return reportFailure(ctx, listed.error());
    if (ctx.json) {
        QJsonArray array;
        for (const review::DraftSummary& s : listed.value()) {
            QJsonObject object{{QStringLiteral("id"), s.id},
                               {QStringLiteral("call"), s.callId},
                               {QStringLiteral("call_id"), phoneSystemIdJson(s.callExternalId)},
                               {QStringLiteral("checklist"), s.checklistKey},
                               {QStringLiteral("checklist_version"), s.checklistVersion},
                               {QStringLiteral("answered"), s.answered},
                               {QStringLiteral("revision"), s.revision},
                               {QStringLiteral("created_by"), s.createdBy},
                               {QStringLiteral("updated_by"), s.updatedBy},
                               {QStringLiteral("updated_at"), isoUtc(s.updatedAt)}};
            object.insert(QStringLiteral("held_by"),
                          s.holder ? QJsonValue(s.holder->login) : QJsonValue());
            object.insert(QStringLiteral("held_on"),
                          s.holder ? QJsonValue(s.holder->host) : QJsonValue());
            array.append(object);
        }
        printJson(ctx, QJsonDocument(array));
        return ExitOk;
    }
    const QLocale locale;
    for (const review::DraftSummary& s : listed.value())
        ctx.out << locale.toString(s.id) << " | "
                << review::describeCall({s.callId, s.callExternalId}) << " | "
                << tr("%1 v%2").arg(s.checklistKey).arg(s.checklistVersion) << " | "
                << tr("%n answer(s)", s.answered) << " | " << s.updatedBy << " | "
                << (s.holder ? tr("held by %1 on %2").arg(s.holder->login, s.holder->host)
                             : tr("free"))
                << '\n';
    ctx.out << tr("%Ln draft(s)", int(listed->size())) << '\n';
    return ExitOk;
}

} // namespace

int runDraft(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa draft list\n"
           "callqa draft open CALL --checklist KEY [--answers FILE] [--hold SECONDS]\n"
           "callqa draft submit CALL --checklist KEY [--answers FILE]\n"
           "Evaluation drafts shared by the team. Opening a draft holds it for this run; another "
           "workstation that holds it makes it read-only here (who and where is shown). --answers "
           "saves answers into the draft, --hold keeps holding it (renewing the hold) for SECONDS, "
           "submit scores the draft and stores the evaluation. The hold is given up at exit, and "
           "runs out by itself %1 s after a crash (CALLQA_LEASE_SECONDS). CALL is the phone "
           "system's call id (=ID to insist), or #ID for the id `callqa calls` shows.")
            .arg(leaseMs() / 1000));
    const QCommandLineOption checklistOption(QStringLiteral("checklist"), tr("Checklist key."),
                                             QStringLiteral("KEY"));
    const QCommandLineOption answersOption(QStringLiteral("answers"),
                                           tr("Answers JSON file (callqa.answers/1) to save."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption holdOption(
        QStringLiteral("hold"),
        tr("Keep holding the draft for SECONDS (at most %1).").arg(QLocale().toString(kMaxSeconds)),
        QStringLiteral("SECONDS"));
    parser.addOptions({checklistOption, answersOption, holdOption});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, open or submit."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("draft"), args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool list = action == QLatin1String("list") && positional.size() == 1;
    const bool open = action == QLatin1String("open") && positional.size() == 2;
    const bool submit = action == QLatin1String("submit") && positional.size() == 2;
    const auto holdSeconds =
        parser.isSet(holdOption) ? boundedSeconds(parser.value(holdOption)) : std::optional(0.0);
    if (!holdSeconds) {
        ctx.err << tr("--hold takes a number of seconds from 0 to %1, not “%2”.")
                       .arg(QLocale().toString(kMaxSeconds), parser.value(holdOption))
                << '\n';
        return ExitUsage;
    }
    if (!(list || ((open || submit) && parser.isSet(checklistOption))) ||
        (submit && parser.isSet(holdOption))) {
        ctx.err << parser.applicationDescription() << '\n';
        return ExitUsage;
    }

    std::optional<checklists::AnswerSet> answers;
    if (parser.isSet(answersOption)) {
        answers = readAnswersFile(ctx, parser.value(answersOption));
        if (!answers)
            return ExitFailures;
    }

    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    review::EvaluationDraftStore store(*workspace, *actor, QSysInfo::machineHostName(), leaseMs());
    if (list)
        return runDraftList(ctx, store);

    const auto call = findCallOrReport(ctx, *workspace, positional.at(1));
    if (!call)
        return ExitFailures;
    auto opened = store.open(call->id, parser.value(checklistOption));
    if (!opened)
        return reportFailure(ctx, opened.error());
    review::EvaluationDraft& draft = opened.value();
    if (draft.readOnly() && (answers || submit)) {
        printDraft(ctx, draft, *call);
        return reportFailure(ctx, tr("Draft %1 is held by %2; nothing was changed.")
                                      .arg(QLocale().toString(draft.id),
                                           describeHolder(*draft.heldBy, draft.serverNowMs)));
    }
    if (answers) {
        const auto revision = store.save(draft.id, *answers);
        if (!revision)
            return reportFailure(ctx, revision.error());
        draft.answers = *answers;
        draft.revision = revision.value();
    }
    if (submit) {
        const auto evaluation = store.submit(draft.id);
        if (!evaluation) {
            store.release(draft.id);
            return reportFailure(ctx, evaluation.error());
        }
        if (ctx.json) {
            QJsonObject object = evaluationToJson(evaluation.value());
            object.insert(QStringLiteral("draft"), draft.id);
            printJson(ctx, QJsonDocument(object));
        } else {
            ctx.out << tr("Draft %1 submitted.").arg(QLocale().toString(draft.id)) << ' '
                    << describeEvaluation(evaluation.value()) << '\n';
        }
        return ExitOk;
    }
    printDraft(ctx, draft, *call);
    if (draft.readOnly())
        return ExitOk;
    if (*holdSeconds > 0)
        holdFor(ctx, store, draft.id, *holdSeconds);
    if (const review::Status released = store.release(draft.id); !released)
        return reportFailure(ctx, released.error());
    return ExitOk;
}

} // namespace callqa::app
