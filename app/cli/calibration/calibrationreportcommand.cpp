#include "app/cli/calibration/calibrationcommands.h"
#include "app/cli/calibration/calibrationjson.h"
#include "app/cli/calibration/calibrationsupport.h"
#include "review/calibration/agreementband.h"
#include "review/calibration/calibrationdrift.h"
#include "review/calibration/calibrationstore.h"
#include "review/calibration/reliabilitypairs.h"
#include "review/calls/callreference.h"
#include "review/checklists/checkliststore.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace callqa::app {

namespace {

// Rounded first, so a kappa of -1e-17 reads "0.000 slight", not "-0.000 poor".
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double r = std::round(value * scale) / scale;
    return r == 0 ? 0.0 : r;
}

QString number(double value, int decimals = 3)
{
    return QLocale().toString(rounded(value, decimals), 'f', decimals);
}

// "0.743 [0.512, 0.901]" or "undefined: reason".
QString describe(const review::Estimate& e, bool band = false, bool interval = true)
{
    if (!e.value)
        return calibrationTr("undefined (%1)").arg(e.reason);
    QString text = number(*e.value);
    if (band)
        text += QLatin1Char(' ') + review::agreementBand(rounded(*e.value, 3));
    if (interval && e.ci95)
        text += QStringLiteral(" [%1, %2]").arg(number(e.ci95->lower), number(e.ci95->upper));
    return text;
}

QString signedNumber(const review::Estimate& e, int decimals)
{
    if (!e.value)
        return calibrationTr("undefined (%1)").arg(e.reason);
    return (*e.value > 0 ? QStringLiteral("+") : QString()) + number(*e.value, decimals);
}

void printItems(QTextStream& out, const QList<review::ItemAgreementRow>& items)
{
    for (const review::ItemAgreementRow& item : items) {
        out << "  " << item.key << " (" << item.type << ", "
            << calibrationTr("%1 rating(s)").arg(item.ratings) << ")\n"
            << "    " << calibrationTr("agreement %1").arg(describe(item.percentAgreement)) << '\n'
            << "    "
            << calibrationTr("Fleiss' kappa %1 over %2 call(s) every reviewer rated")
                   .arg(describe(item.fleiss.kappa, true))
                   .arg(item.fleiss.calls)
            << '\n';
        for (const auto& [level, estimate] : item.alpha)
            out << "    "
                << calibrationTr("alpha (%1) %2")
                       .arg(review::levelName(level), describe(estimate, true))
                << '\n';
    }
}

void printReport(CliContext& ctx, const review::CalibrationSession& s,
                 const review::CalibrationReport& report, const review::Bootstrap& bootstrap)
{
    QTextStream& out = ctx.out;
    out << calibrationTr("Calibration session #%1 “%2” (%3 v%4, %5, %6): %7 reviewer(s), %8 "
                         "call(s)")
               .arg(s.id)
               .arg(s.name, s.checklistKey)
               .arg(s.checklistVersion)
               .arg(s.blind ? calibrationTr("blind") : calibrationTr("open mode"),
                    s.closed ? calibrationTr("closed") : calibrationTr("open"))
               .arg(s.participants.size())
               .arg(s.callIds.size())
        << '\n'
        << calibrationTr("N/A is a category of its own in percent agreement, Fleiss' kappa and "
                         "nominal alpha, and missing data in ordinal and interval alpha. "
                         "Alpha intervals: %1 bootstrap resamples of the calls, seed %2.")
               .arg(bootstrap.resamples)
               .arg(bootstrap.seed)
        << "\n\n"
        << calibrationTr("Items") << '\n';
    printItems(out, report.items);
    out << '\n'
        << calibrationTr("Overall score (ICC over %1 call(s) every reviewer scored)")
               .arg(report.icc.calls)
        << '\n'
        << "  ICC(1,1) " << describe(report.icc.icc1) << '\n'
        << "  ICC(2,1) " << describe(report.icc.icc2) << '\n'
        << "  ICC(3,1) " << describe(report.icc.icc3) << '\n'
        << "  "
        << calibrationTr("alpha (interval), every call: %1")
               .arg(describe(report.overallAlphaInterval, true))
        << "\n\n"
        << calibrationTr("Reviewers (bias and deviation in score points, against %1)")
               .arg(s.expert.isEmpty() ? calibrationTr("the others' mean")
                                       : calibrationTr("the expert %1").arg(s.expert))
        << '\n';
    for (const review::ReviewerRow& r : report.reviewers) {
        out << "  " << r.login << (r.expert ? calibrationTr(" (expert)") : QString()) << ": "
            << calibrationTr("scored %1 of %2").arg(r.scored).arg(s.callIds.size()) << ", "
            << calibrationTr("bias %1").arg(signedNumber(r.agreement.bias, 1)) << ", "
            << calibrationTr("deviation %1")
                   .arg(r.agreement.meanAbsoluteDeviation.value
                            ? number(*r.agreement.meanAbsoluteDeviation.value, 1)
                            : describe(r.agreement.meanAbsoluteDeviation))
            << ", "
            << calibrationTr("agrees with consensus %1")
                   .arg(describe(r.agreement.consensusAgreement, false, false));
        if (!s.expert.isEmpty() && !r.expert)
            out << ", "
                << calibrationTr("with the expert %1")
                       .arg(describe(r.agreement.expertAgreement, false, false));
        out << '\n';
    }
    out << '\n'
        << calibrationTr("Calls (the meeting's agenda: items most disagreed on first)") << '\n';
    for (const review::CallRow& c : report.calls) {
        out << "  " << review::describeCall({c.callId, c.externalId}) << ": "
            << calibrationTr("%1 score(s)").arg(c.spread.scores);
        if (c.spread.min && c.spread.max)
            out << ", " << number(*c.spread.min, 1) << "–" << number(*c.spread.max, 1);
        if (c.spread.standardDeviation.value)
            out << ", " << calibrationTr("SD %1").arg(number(*c.spread.standardDeviation.value, 1));
        out << '\n';
        for (const review::AgendaEntry& entry : c.agenda)
            out << "    " << entry.itemKey << ' '
                << calibrationTr("(%1 of pairs differ)").arg(number(entry.disagreement, 2)) << '\n';
    }
}

} // namespace

int runCalibrationReport(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(calibrationTr(
        "callqa calibration report SESSION [--resamples N] [--seed S]\n"
        "Agreement per item (percent, Fleiss' kappa, Krippendorff's alpha with 95 % bootstrap "
        "intervals), on the overall score (ICC(1,1), ICC(2,1), ICC(3,1) with F intervals), per "
        "reviewer (bias, deviation, agreement with consensus and expert) and per call. Blind "
        "participants read it after scoring every call, or the close."));
    const QCommandLineOption resamples(QStringLiteral("resamples"),
                                       calibrationTr("Bootstrap resamples (default 1000)."),
                                       QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  calibrationTr("Bootstrap seed (default 20110101)."),
                                  QStringLiteral("S"));
    parser.addOptions({resamples, seed});
    parser.addPositionalArgument(QStringLiteral("session"), calibrationTr("The session's id."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("calibration report"), args))
        return *exit;
    review::Bootstrap bootstrap;
    bool ok = true;
    if (parser.isSet(resamples))
        bootstrap.resamples = parser.value(resamples).toInt(&ok);
    if (!ok || bootstrap.resamples < 0 || bootstrap.resamples > 100000) {
        ctx.err << calibrationTr("--resamples takes a number from 0 to 100000.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(seed))
        bootstrap.seed = parser.value(seed).toULongLong(&ok);
    if (!ok || parser.positionalArguments().size() != 1) {
        ctx.err << parser.applicationDescription() << '\n';
        return ExitUsage;
    }
    OpenSession opened = openSession(ctx, parser.positionalArguments().first());
    if (!opened.session)
        return opened.exitCode;
    review::Workspace& workspace = *opened.signedIn.workspace;
    const auto scores =
        review::CalibrationStore(workspace, *opened.signedIn.actor).scores(opened.session->id);
    if (!scores)
        return reportFailure(ctx, scores.error());
    const auto version = review::ChecklistStore(workspace, review::Actor::owner())
                             .versionById(opened.session->checklistVersionId);
    if (!version)
        return reportFailure(ctx, version.error());
    const review::CalibrationReport report =
        review::buildCalibrationReport(*opened.session, version->checklist, *scores, bootstrap);
    if (ctx.json)
        printJson(ctx, QJsonDocument(calibrationReportToJson(*opened.session, report, bootstrap)));
    else
        printReport(ctx, *opened.session, report, bootstrap);
    return ExitOk;
}

int runCalibrationDrift(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(calibrationTr(
        "callqa calibration drift [--reviewer LOGIN] [--threshold POINTS]\n"
        "Each reviewer's bias per month over closed calibration sessions, and its trend in score "
        "points per month; flagged when the trend exceeds the threshold (default 2). Reviewers "
        "see their own; supervisors and coaches everyone's."));
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"), calibrationTr("Only this reviewer."), QStringLiteral("LOGIN"));
    const QCommandLineOption threshold(QStringLiteral("threshold"),
                                       calibrationTr("Trend that is flagged, points per month."),
                                       QStringLiteral("POINTS"));
    parser.addOptions({reviewer, threshold});
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("calibration drift"), args))
        return *exit;
    bool ok = true;
    const double limit = parser.isSet(threshold) ? parser.value(threshold).toDouble(&ok) : 2.0;
    if (!ok || limit < 0 || !parser.positionalArguments().isEmpty()) {
        ctx.err << parser.applicationDescription() << '\n';
        return ExitUsage;
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const auto drift =
        review::readCalibrationDrift(*workspace, *actor, parser.value(reviewer), limit);
    if (!drift)
        return reportFailure(ctx, drift.error());
    if (ctx.json) {
        QJsonArray array;
        for (const review::ReviewerDrift& d : *drift)
            array.append(reviewerDriftToJson(d));
        printJson(ctx, QJsonDocument(QJsonObject{{QStringLiteral("threshold_per_month"), limit},
                                                 {QStringLiteral("reviewers"), array}}));
        return ExitOk;
    }
    for (const review::ReviewerDrift& d : *drift) {
        ctx.out << d.reviewer << ": "
                << calibrationTr("trend %1 per month").arg(signedNumber(d.trendPerMonth, 2))
                << (d.flagged ? calibrationTr(" — FLAGGED") : QString()) << '\n';
        for (const review::DriftPoint& p : d.months)
            ctx.out << "  " << p.month << "  " << (p.bias > 0 ? QStringLiteral("+") : QString())
                    << number(p.bias, 1) << "  " << calibrationTr("(%1 call(s))").arg(p.calls)
                    << '\n';
    }
    if (drift->isEmpty())
        ctx.out << calibrationTr("No closed calibration session has a bias to show.") << '\n';
    return ExitOk;
}

int runCalibrationReliability(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(calibrationTr(
        "callqa calibration reliability --checklist KEY [--version N] --from DATE --to DATE "
        "[--resamples N] [--seed S]\n"
        "Agreement on everyday work: the calls two reviewers scored (evaluations submitted from "
        "the first day to the last, in this workstation's time zone), with the report's "
        "statistics over those pairs. Supervisors and coaches."));
    const QCommandLineOption checklist(QStringLiteral("checklist"), calibrationTr("Checklist key."),
                                       QStringLiteral("KEY"));
    const QCommandLineOption version(QStringLiteral("version"),
                                     calibrationTr("Checklist version (default: the latest)."),
                                     QStringLiteral("N"));
    const QCommandLineOption from(QStringLiteral("from"), calibrationTr("First day (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), calibrationTr("Last day, included."),
                                QStringLiteral("DATE"));
    const QCommandLineOption resamples(QStringLiteral("resamples"),
                                       calibrationTr("Bootstrap resamples (default 1000)."),
                                       QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  calibrationTr("Bootstrap seed (default 20110101)."),
                                  QStringLiteral("S"));
    parser.addOptions({checklist, version, from, to, resamples, seed});
    if (const auto exit =
            parseArguments(ctx, parser, QStringLiteral("calibration reliability"), args))
        return *exit;
    const QDate first = QDate::fromString(parser.value(from), Qt::ISODate);
    const QDate last = QDate::fromString(parser.value(to), Qt::ISODate);
    review::Bootstrap bootstrap;
    bool ok = true;
    if (parser.isSet(resamples))
        bootstrap.resamples = parser.value(resamples).toInt(&ok);
    if (ok && parser.isSet(seed))
        bootstrap.seed = parser.value(seed).toULongLong(&ok);
    int versionNumber = 0;
    if (ok && parser.isSet(version))
        versionNumber = parser.value(version).toInt(&ok);
    if (!ok || !parser.isSet(checklist) || !first.isValid() || !last.isValid() || last < first ||
        bootstrap.resamples < 0 || bootstrap.resamples > 100000 ||
        (parser.isSet(version) && versionNumber < 1) || !parser.positionalArguments().isEmpty()) {
        ctx.err << parser.applicationDescription() << '\n';
        return ExitUsage;
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    const auto checklistVersion =
        review::ChecklistStore(*workspace, *actor).version(parser.value(checklist), versionNumber);
    if (!checklistVersion)
        return reportFailure(ctx, checklistVersion.error());
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const auto pairs = review::readReliabilityPairs(
        *workspace, *actor, checklistVersion->id, first.startOfDay(zone).toMSecsSinceEpoch(),
        last.addDays(1).startOfDay(zone).toMSecsSinceEpoch());
    if (!pairs)
        return reportFailure(ctx, pairs.error());
    const review::ReliabilityReport report =
        review::buildReliabilityReport(checklistVersion->checklist, *pairs, bootstrap);
    if (ctx.json) {
        printJson(ctx, QJsonDocument(reliabilityReportToJson(report, bootstrap)));
        return ExitOk;
    }
    QTextStream& out = ctx.out;
    out << calibrationTr("Reliability of %1 v%2 from %3 to %4: %5 call(s) scored by two reviewers")
               .arg(checklistVersion->key)
               .arg(checklistVersion->version)
               .arg(parser.value(from), parser.value(to))
               .arg(report.pairs)
        << "\n\n"
        << calibrationTr("Items") << '\n';
    printItems(out, report.items);
    out << '\n'
        << calibrationTr("Overall score") << '\n'
        << "  ICC(1,1) " << describe(report.icc.icc1) << '\n'
        << "  "
        << calibrationTr("alpha (interval): %1").arg(describe(report.overallAlphaInterval, true))
        << "\n\n"
        << calibrationTr("Reviewers (against the other reviewer of each call)") << '\n';
    for (const review::ReliabilityReviewer& r : report.reviewers)
        out << "  " << r.login << ": " << calibrationTr("%1 pair(s)").arg(r.pairs) << ", "
            << calibrationTr("bias %1").arg(signedNumber(r.bias, 1)) << ", "
            << calibrationTr("item agreement %1").arg(describe(r.itemAgreement, false, false))
            << '\n';
    return ExitOk;
}

} // namespace callqa::app
