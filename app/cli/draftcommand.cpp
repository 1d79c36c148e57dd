#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/evaluationinput.h"
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

namespace callqa::app {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("callqa::app::Draft", text, nullptr, n);
}

// Lease length: 30 s unless CALLQA_LEASE_SECONDS says otherwise (tests use a short one).
qint64 leaseMs()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("CALLQA_LEASE_SECONDS").toDouble(&ok);
    return ok && seconds > 0 ? qint64(seconds * 1000)
                             : review::EvaluationDraftStore::kDefaultLeaseMs;
}

QJsonObject holderToJson(const review::LeaseHolder& holder, qint64 serverNowMs)
{
    return {{QStringLiteral("login"), holder.login},
            {QStringLiteral("host"), holder.host},
            {QStringLiteral("expires_in_ms"), qMax<qint64>(0, holder.expiresAtMs - serverNowMs)}};
}

QJsonObject draftToJson(const review::EvaluationDraft& d)
{
    QJsonObject object{{QStringLiteral("id"), QString::number(d.id)},
                       {QStringLiteral("call_id"), QString::number(d.callId)},
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

void printDraft(CliContext& ctx, const review::EvaluationDraft& d)
{
    if (ctx.json) {
        printJson(ctx, QJsonDocument(draftToJson(d)));
    } else {
        ctx.out << tr("Draft %1 of call %2 on %3 v%4: %n answer(s), revision %5.",
                      int(d.answers.size()))
                       .arg(QLocale().toString(d.id), QLocale().toString(d.callId), d.checklistKey,
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
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
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
            QJsonObject object{{QStringLiteral("id"), QString::number(s.id)},
                               {QStringLiteral("call_id"), QString::number(s.callId)},
                               {QStringLiteral("call_external_id"), s.callExternalId},
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
                << (s.callExternalId.isEmpty() ? locale.toString(s.callId) : s.callExternalId)
                << " | " << tr("%1 v%2").arg(s.checklistKey).arg(s.checklistVersion) << " | "
                << tr("%n answer(s)", s.answered) << " | " << s.updatedBy << " | "
                << (s.holder ? tr("held by %1 on %2").arg(s.holder->login, s.holder->host)
                             : tr("free"))
                << '\n';
    ctx.out << tr("%n draft(s)", int(listed->size())) << '\n';
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
           "runs out by itself %1 s after a crash (CALLQA_LEASE_SECONDS).")
            .arg(leaseMs() / 1000));
    const QCommandLineOption checklistOption(QStringLiteral("checklist"), tr("Checklist key."),
                                             QStringLiteral("KEY"));
    const QCommandLineOption answersOption(QStringLiteral("answers"),
                                           tr("Answers JSON file (callqa.answers/1) to save."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption holdOption(QStringLiteral("hold"),
                                        tr("Keep holding the draft for SECONDS."),
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
    bool holdOk = true;
    const double holdSeconds =
        parser.isSet(holdOption) ? parser.value(holdOption).toDouble(&holdOk) : 0;
    if (!(list || ((open || submit) && parser.isSet(checklistOption))) || !holdOk ||
        holdSeconds < 0 || (submit && parser.isSet(holdOption))) {
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

    const QString callReference = positional.at(1);
    const qint64 callId = findCallOrReport(ctx, *workspace, callReference);
    if (callId == 0)
        return ExitFailures;
    auto opened = store.open(callId, parser.value(checklistOption));
    if (!opened)
        return reportFailure(ctx, opened.error());
    review::EvaluationDraft& draft = opened.value();
    if (draft.readOnly() && (answers || submit)) {
        printDraft(ctx, draft);
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
        const auto evaluationId = store.submit(draft.id);
        if (!evaluationId) {
            store.release(draft.id);
            return reportFailure(ctx, evaluationId.error());
        }
        if (ctx.json)
            printJson(ctx, QJsonDocument(QJsonObject{
                               {QStringLiteral("evaluation_id"), QString::number(*evaluationId)},
                               {QStringLiteral("draft_id"), QString::number(draft.id)}}));
        else
            ctx.out << tr("Draft %1 submitted as evaluation %2.")
                           .arg(QLocale().toString(draft.id), QLocale().toString(*evaluationId))
                    << '\n';
        return ExitOk;
    }
    printDraft(ctx, draft);
    if (draft.readOnly())
        return ExitOk;
    if (holdSeconds > 0)
        holdFor(ctx, store, draft.id, holdSeconds);
    if (const review::Status released = store.release(draft.id); !released)
        return reportFailure(ctx, released.error());
    return ExitOk;
}

} // namespace callqa::app
