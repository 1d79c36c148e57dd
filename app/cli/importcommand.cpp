#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/workstationimport.h"
#include "review/calls/callimporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Import", text);
}

QJsonObject reportToJson(const review::ImportReport& report)
{
    QJsonObject object;
    object.insert(QStringLiteral("scanned"), report.scanned);
    object.insert(QStringLiteral("imported"), report.imported);
    object.insert(QStringLiteral("duplicates"), report.duplicates);
    object.insert(QStringLiteral("relinked"), report.relinked);
    object.insert(QStringLiteral("legs_joined"), report.legsJoined);
    object.insert(QStringLiteral("missing"), QJsonArray::fromStringList(report.missing));
    const auto lines = [](const QList<review::ImportProblem>& list) {
        QJsonArray array;
        for (const review::ImportProblem& problem : list) {
            QJsonObject row;
            row.insert(QStringLiteral("file"), problem.file);
            row.insert(QStringLiteral("row"), problem.row);
            row.insert(QStringLiteral("reason"), problem.reason);
            array.append(row);
        }
        return array;
    };
    object.insert(QStringLiteral("problems"), lines(report.problems));
    object.insert(QStringLiteral("notes"), lines(report.notes));
    object.insert(QStringLiteral("unknown_agents"),
                  QJsonArray::fromStringList(report.unknownAgents));
    object.insert(QStringLiteral("created_agents"),
                  QJsonArray::fromStringList(report.createdAgents));
    object.insert(QStringLiteral("recordings_root"), report.recordingsRoot);
    return object;
}

void printReport(CliContext& ctx, const review::ImportReport& report)
{
    const QLocale locale;
    ctx.out << tr("%1 files: %2 imported, %3 already in the library, %4 re-linked, %5 failed.")
                   .arg(locale.toString(report.scanned), locale.toString(report.imported),
                        locale.toString(report.duplicates), locale.toString(report.relinked),
                        locale.toString(report.problems.size()))
            << '\n';
    if (report.legsJoined > 0)
        ctx.out << tr("%1 call(s) recorded in two legs joined a leg imported on its own before.")
                       .arg(locale.toString(report.legsJoined))
                << '\n';
    const auto print = [&](const QString& kind, const review::ImportProblem& problem) {
        const QString where = problem.row > 0
                                  ? tr("%1 (manifest row %2)").arg(problem.file).arg(problem.row)
                                  : problem.file;
        ctx.out << "  " << kind << ": " << where << ": " << problem.reason << '\n';
    };
    for (const review::ImportProblem& problem : report.problems)
        print(tr("problem"), problem);
    for (const review::ImportProblem& problem : report.notes)
        print(tr("note"), problem);
    for (const QString& path : report.missing)
        ctx.out << "  " << tr("missing") << ": " << path << ": "
                << tr("the library has this call, but the file is gone") << '\n';
    if (!report.unknownAgents.isEmpty())
        ctx.out << tr("Unknown agents: %1. Run the import again with --create-agents to create "
                      "them \"to be named\", or add them first (callqa agent add ID NAME).")
                       .arg(report.unknownAgents.join(QStringLiteral(", ")))
                << '\n';
    if (!report.createdAgents.isEmpty())
        ctx.out << tr("Agents created \"to be named\" (name them with callqa agent add ID NAME): "
                      "%1")
                       .arg(report.createdAgents.join(QStringLiteral(", ")))
                << '\n';
}

} // namespace

int runImport(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports every recording under FOLDER (recursively). Without a manifest, call facts "
           "come from file names like 20260305-101500_AGENT_in_CALLID.wav."));
    const QCommandLineOption manifestOption(QStringLiteral("manifest"),
                                            tr("CSV or JSON file describing the calls."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption rootOption(QStringLiteral("recordings-root"),
                                        tr("Folder recording paths are stored relative to."),
                                        QStringLiteral("FOLDER"));
    const QCommandLineOption createAgentsOption(
        QStringLiteral("create-agents"),
        tr("Create agents the file names or manifest name by id only, marked \"to be named\"."));
    const QCommandLineOption inLegOption(
        QStringLiteral("in-leg"),
        tr("Calls recorded in two legs (NAME-in/NAME-out, NAME-t/NAME-r): whose voice the -in "
           "and -t leg carries, agent (the default: recorded on the agent's channel) or "
           "customer."),
        QStringLiteral("agent|customer"), QStringLiteral("agent"));
    parser.addOption(manifestOption);
    parser.addOption(rootOption);
    parser.addOption(createAgentsOption);
    parser.addOption(inLegOption);
    parser.addPositionalArgument(QStringLiteral("FOLDER"), tr("Folder of recordings."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("import"), args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << tr("Name exactly one folder to import.") << '\n';
        return ExitUsage;
    }
    const QString inLeg = parser.value(inLegOption);
    if (inLeg != QLatin1String("agent") && inLeg != QLatin1String("customer")) {
        ctx.err << tr("--in-leg is agent or customer, not \"%1\".").arg(inLeg) << '\n';
        return ExitUsage;
    }
    auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    if (const review::Status allowed = review::authorize(*actor, review::Action::ImportCalls);
        !allowed) {
        ctx.err << allowed.error() << '\n';
        return ExitFailures;
    }

    WorkstationImport request;
    request.folder = parser.positionalArguments().first();
    request.manifestPath = parser.value(manifestOption);
    request.recordingsRootOption = parser.value(rootOption);
    request.createAgents = parser.isSet(createAgentsOption);
    request.inLegIsCustomer = inLeg == QLatin1String("customer");

    QElapsedTimer timer;
    timer.start();
    const bool showProgress = ctx.terminal && !ctx.json;
    const review::ImportReport report = importOnWorkstation(
        *workspace, *actor, request, [&](const review::ImportProgress& progress) {
            if (!showProgress)
                return;
            const double seconds = std::max(0.001, double(timer.elapsed()) / 1000.0);
            ctx.err << '\r'
                    << tr("%1 / %2 files, %3 files/s")
                           .arg(progress.done)
                           .arg(progress.total)
                           .arg(QLocale().toString(progress.done / seconds, 'f', 1))
                    << Qt::flush;
        });
    if (showProgress)
        ctx.err << '\n';
    if (ctx.json)
        printJson(ctx, QJsonDocument(reportToJson(report)));
    else
        printReport(ctx, report);
    return report.ok() && report.missing.isEmpty() ? ExitOk : ExitFailures;
}

} // namespace callqa::app
