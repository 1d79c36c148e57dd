#include "app/cli/calibration/calibrationcommands.h"
#include "app/cli/calibration/calibrationjson.h"
#include "app/cli/calibration/calibrationsupport.h"
#include "app/cli/clisupport.h"
#include "app/cli/evaluationinput.h"
#include "app/cli/evaluationjson.h"
#include "review/calibration/calibrationstore.h"
#include "review/checklists/checkliststore.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace callqa::app {

namespace {

QStringList commaList(const QString& text)
{
    QStringList list;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        list << part.trimmed();
    return list;
}

QString describeSession(const review::CalibrationSession& s)
{
    const QLocale locale;
    QString line = calibrationTr("#%1 %2 | %3 v%4 | %5 | %6 | %7 call(s), %8 reviewer(s), %9 "
                                 "score(s)")
                       .arg(s.id)
                       .arg(s.name, s.checklistKey)
                       .arg(s.checklistVersion)
                       .arg(s.blind ? calibrationTr("blind") : calibrationTr("open mode"),
                            s.closed ? calibrationTr("closed") : calibrationTr("open"))
                       .arg(s.callIds.size())
                       .arg(s.participants.size())
                       .arg(s.scoresGiven);
    if (s.deadlineAt)
        line += calibrationTr(" | deadline %1")
                    .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(*s.deadlineAt),
                                         QLocale::ShortFormat));
    return line;
}

} // namespace

int runCalibrationCreate(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(calibrationTr(
        "callqa calibration create NAME --checklist KEY [--version N] --calls ID,ID,... "
        "--reviewers LOGIN,LOGIN,... [--expert LOGIN] [--blind] [--deadline DATE]\n"
        "Creates a calibration session (supervisors) and prints its id. Calls are the phone "
        "system's ids (=ID to insist) or #ID; the expert's answers are the reference and the "
        "expert scores too. Blind: nobody sees the others' answers before scoring, or the "
        "close. The deadline is the last day scores are taken, in this workstation's time "
        "zone."));
    const QCommandLineOption checklist(QStringLiteral("checklist"), calibrationTr("Checklist key."),
                                       QStringLiteral("KEY"));
    const QCommandLineOption version(QStringLiteral("version"),
                                     calibrationTr("Checklist version (default: the latest)."),
                                     QStringLiteral("N"));
    const QCommandLineOption calls(QStringLiteral("calls"),
                                   calibrationTr("The calls, comma-separated."),
                                   QStringLiteral("ID,ID"));
    const QCommandLineOption reviewers(QStringLiteral("reviewers"),
                                       calibrationTr("Reviewers' logins, comma-separated."),
                                       QStringLiteral("LOGIN,LOGIN"));
    const QCommandLineOption expert(QStringLiteral("expert"),
                                    calibrationTr("The reviewer whose answers are the reference."),
                                    QStringLiteral("LOGIN"));
    const QCommandLineOption blind(QStringLiteral("blind"), calibrationTr("Blind mode."));
    const QCommandLineOption deadline(QStringLiteral("deadline"),
                                      calibrationTr("Last day to score (YYYY-MM-DD)."),
                                      QStringLiteral("DATE"));
    parser.addOptions({checklist, version, calls, reviewers, expert, blind, deadline});
    parser.addPositionalArgument(QStringLiteral("name"), calibrationTr("The session's name."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("calibration create"), args))
        return *exit;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(checklist) ||
        !parser.isSet(calls) || !parser.isSet(reviewers)) {
        ctx.err << parser.applicationDescription() << '\n';
        return ExitUsage;
    }
    bool versionOk = true;
    const int versionNumber = parser.isSet(version) ? parser.value(version).toInt(&versionOk) : 0;
    if (!versionOk || (parser.isSet(version) && versionNumber < 1)) {
        ctx.err << calibrationTr("--version takes a version number from 1.") << '\n';
        return ExitUsage;
    }
    review::NewCalibrationSession request;
    request.name = parser.positionalArguments().first();
    request.participants = commaList(parser.value(reviewers));
    request.expert = parser.value(expert);
    request.blind = parser.isSet(blind);
    if (parser.isSet(deadline)) {
        const QDate date = QDate::fromString(parser.value(deadline), Qt::ISODate);
        if (!date.isValid()) {
            ctx.err << calibrationTr("--deadline takes a date as YYYY-MM-DD, not “%1”.")
                           .arg(parser.value(deadline))
                    << '\n';
            return ExitUsage;
        }
        request.deadlineAt =
            date.addDays(1).startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch() - 1;
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    for (const QString& reference : commaList(parser.value(calls))) {
        const auto call = findCallOrReport(ctx, *workspace, reference);
        if (!call)
            return ExitFailures;
        request.callIds << call->id;
    }
    const auto checklistVersion =
        review::ChecklistStore(*workspace, *actor).version(parser.value(checklist), versionNumber);
    if (!checklistVersion)
        return reportFailure(ctx, checklistVersion.error());
    request.checklistVersionId = checklistVersion->id;
    const auto created = review::CalibrationStore(*workspace, *actor).create(request);
    if (!created)
        return reportFailure(ctx, created.error());
    if (ctx.json)
        printJson(ctx, QJsonDocument(QJsonObject{{QStringLiteral("id"), created->id}}));
    else
        ctx.out << created->id << '\n';
    return ExitOk;
}

int runCalibrationList(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        calibrationTr("callqa calibration list\nThe calibration sessions you may read, newest "
                      "first."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("calibration list"), args))
        return *exit;
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const auto sessions = review::CalibrationStore(*workspace, *actor).list();
    if (!sessions)
        return reportFailure(ctx, sessions.error());
    if (ctx.json) {
        QJsonArray array;
        for (const review::CalibrationSession& s : *sessions)
            array.append(calibrationSessionToJson(s));
        printJson(ctx, QJsonDocument(array));
        return ExitOk;
    }
    for (const review::CalibrationSession& s : *sessions)
        ctx.out << describeSession(s) << '\n';
    ctx.out << QCoreApplication::translate("callqa::app::Calibration", "%Ln session(s)", nullptr,
                                           int(sessions->size()))
            << '\n';
    return ExitOk;
}

int runCalibrationShow(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(calibrationTr(
        "callqa calibration show SESSION [--call CALL --reviewer LOGIN]\n"
        "The session: its calls and who has scored each. With --call and --reviewer, that "
        "reviewer's answers (in a blind session only after you scored the call, or the close)."));
    const QCommandLineOption call(QStringLiteral("call"), calibrationTr("A call of the session."),
                                  QStringLiteral("CALL"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      calibrationTr("Whose answers to show."),
                                      QStringLiteral("LOGIN"));
    parser.addOptions({call, reviewer});
    parser.addPositionalArgument(QStringLiteral("session"), calibrationTr("The session's id."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("calibration show"), args))
        return *exit;
    if (parser.positionalArguments().size() != 1 || parser.isSet(call) != parser.isSet(reviewer)) {
        ctx.err << parser.applicationDescription() << '\n';
        return ExitUsage;
    }
    OpenSession opened = openSession(ctx, parser.positionalArguments().first());
    if (!opened.session)
        return opened.exitCode;
    review::Workspace& workspace = *opened.signedIn.workspace;
    review::CalibrationStore store(workspace, *opened.signedIn.actor);
    if (parser.isSet(call)) {
        const auto identity = findCallOrReport(ctx, workspace, parser.value(call));
        if (!identity)
            return ExitFailures;
        const auto score = store.scoreOf(opened.session->id, identity->id, parser.value(reviewer));
        if (!score)
            return reportFailure(ctx, score.error());
        printCalibrationScore(ctx, *score);
        return ExitOk;
    }
    const auto progress = store.progress(opened.session->id);
    if (!progress)
        return reportFailure(ctx, progress.error());
    if (ctx.json) {
        QJsonObject object = calibrationSessionToJson(*opened.session);
        QJsonArray scored;
        for (const review::CalibrationProgress& p : *progress)
            scored.append(QJsonObject{{QStringLiteral("call"), p.callId},
                                      {QStringLiteral("reviewer"), p.reviewer},
                                      {QStringLiteral("evaluation"), p.evaluationId}});
        object.insert(QStringLiteral("scored"), scored);
        printJson(ctx, QJsonDocument(object));
        return ExitOk;
    }
    const review::CalibrationSession& s = *opened.session;
    ctx.out << describeSession(s) << '\n';
    ctx.out << calibrationTr("Reviewers: %1").arg(s.participants.join(QStringLiteral(", ")));
    if (!s.expert.isEmpty())
        ctx.out << calibrationTr(" (expert: %1)").arg(s.expert);
    ctx.out << '\n';
    for (qsizetype i = 0; i < s.callIds.size(); ++i) {
        QStringList who;
        for (const review::CalibrationProgress& p : *progress) {
            if (p.callId == s.callIds.at(i))
                who << p.reviewer;
        }
        ctx.out << "  " << review::describeCall({s.callIds.at(i), s.callExternalIds.value(i)})
                << ": "
                << (who.isEmpty()
                        ? calibrationTr("not scored yet")
                        : calibrationTr("scored by %1").arg(who.join(QStringLiteral(", "))))
                << '\n';
    }
    return ExitOk;
}

int runCalibrationClose(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(calibrationTr(
        "callqa calibration close SESSION\nCloses the session (supervisors): no more scores; a "
        "call a reviewer did not score stays missing data."));
    parser.addPositionalArgument(QStringLiteral("session"), calibrationTr("The session's id."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("calibration close"), args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << parser.applicationDescription() << '\n';
        return ExitUsage;
    }
    OpenSession opened = openSession(ctx, parser.positionalArguments().first());
    if (!opened.session)
        return opened.exitCode;
    const review::Status closed =
        review::CalibrationStore(*opened.signedIn.workspace, *opened.signedIn.actor)
            .close(opened.session->id);
    if (!closed)
        return reportFailure(ctx, closed.error());
    if (ctx.json)
        printJson(ctx,
                  QJsonDocument(QJsonObject{{QStringLiteral("id"), opened.session->id},
                                            {QStringLiteral("state"), QStringLiteral("closed")}}));
    else
        ctx.out << calibrationTr("Calibration session %1 is closed.").arg(opened.session->id)
                << '\n';
    return ExitOk;
}

int runCalibrationPromote(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(calibrationTr(
        "callqa calibration promote EVALUATION\nMakes a calibration evaluation of a closed "
        "session count like any submitted evaluation (supervisors); `calibration show SESSION "
        "--json` lists the evaluation ids."));
    parser.addPositionalArgument(QStringLiteral("evaluation"), calibrationTr("The evaluation id."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("calibration promote"), args))
        return *exit;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok) {
        ctx.err << parser.applicationDescription() << '\n';
        return ExitUsage;
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const review::Status promoted = review::CalibrationStore(*workspace, *actor).promote(id);
    if (!promoted)
        return reportFailure(ctx, promoted.error());
    if (ctx.json)
        printJson(ctx, QJsonDocument(
                           QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("status"), QStringLiteral("submitted")}}));
    else
        ctx.out << calibrationTr("Evaluation %1 now counts as submitted.").arg(id) << '\n';
    return ExitOk;
}

int runCalibrationScore(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(calibrationTr(
        "callqa calibration score SESSION CALL --answers FILE\nScores a call of the session as "
        "the signed-in reviewer, on the session's checklist version (answers in "
        "callqa.answers/1)."));
    const QCommandLineOption answersOption(
        QStringLiteral("answers"), calibrationTr("Answers JSON file."), QStringLiteral("FILE"));
    parser.addOption(answersOption);
    parser.addPositionalArgument(QStringLiteral("session"), calibrationTr("The session's id."));
    parser.addPositionalArgument(QStringLiteral("call"), calibrationTr("A call of the session."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("calibration score"), args))
        return *exit;
    if (parser.positionalArguments().size() != 2 || !parser.isSet(answersOption)) {
        ctx.err << parser.applicationDescription() << '\n';
        return ExitUsage;
    }
    const auto answers = readAnswersFile(ctx, parser.value(answersOption));
    if (!answers)
        return ExitFailures;
    OpenSession opened = openSession(ctx, parser.positionalArguments().first());
    if (!opened.session)
        return opened.exitCode;
    const auto call =
        findCallOrReport(ctx, *opened.signedIn.workspace, parser.positionalArguments().at(1));
    if (!call)
        return ExitFailures;
    const auto written =
        review::CalibrationStore(*opened.signedIn.workspace, *opened.signedIn.actor)
            .score(opened.session->id, call->id, *answers);
    if (!written)
        return reportFailure(ctx, written.error());
    if (ctx.json)
        printJson(ctx, QJsonDocument(evaluationToJson(*written)));
    else
        ctx.out << describeEvaluation(*written) << '\n';
    return ExitOk;
}

} // namespace callqa::app
