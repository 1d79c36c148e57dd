#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/demo/demobuilder.h"
#include "app/workspacelocation.h"
#include "review/storage/demomark.h"
#include "review/storage/location.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace callqa::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Demo", text);
}
} // namespace

int runDemo(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Builds a demo workspace: 3 teams, 12 agents, users for every role and spoken sample "
           "calls. Needs espeak-ng, sox and ffmpeg."));
    const QCommandLineOption callsOption(QStringLiteral("calls"),
                                         tr("How many calls (default 36)."), QStringLiteral("N"),
                                         QStringLiteral("36"));
    const QCommandLineOption recordingsOption(
        QStringLiteral("recordings"),
        tr("Folder for the generated recordings (default: beside the workspace file)."),
        QStringLiteral("FOLDER"));
    parser.addOption(callsOption);
    parser.addOption(recordingsOption);
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("demo"), args))
        return *exit;
    bool numberOk = false;
    const int calls = parser.value(callsOption).toInt(&numberOk);
    if (!numberOk || calls < 1 || calls > 1000) {
        ctx.err << tr("--calls takes a number from 1 to 1000.") << '\n';
        return ExitUsage;
    }
    if (ctx.db.isEmpty())
        ctx.db = defaultDemoLocation();
    const auto location = review::parseLocation(ctx.db);
    if (!location) {
        ctx.err << location.error() << '\n';
        return ExitUsage;
    }
    DemoOptions options;
    options.calls = calls;
    options.recordingsFolder = parser.value(recordingsOption);
    if (options.recordingsFolder.isEmpty()) {
        if (location->backend != review::Backend::Sqlite) {
            ctx.err << tr("With a server workspace, name a shared --recordings folder.") << '\n';
            return ExitUsage;
        }
        options.recordingsFolder =
            QFileInfo(location->filePath).absolutePath() + QStringLiteral("/recordings");
    }
    // The demo creates users: on a workspace that already has some, only an admin may run it.
    const auto [workspace, actor, openExit] = openSignedIn(ctx, review::OpenMode::Create);
    if (!workspace || !actor)
        return openExit;
    if (const review::Status allowed = review::authorize(*actor, review::Action::ManageUsers);
        !allowed) {
        ctx.err << allowed.error() << '\n';
        return ExitFailures;
    }
    // Only a new, empty workspace or one the demo made itself: never real data.
    if (const auto claimed = review::claimForDemo(*workspace, actor->login); !claimed) {
        ctx.err << claimed.error() << '\n';
        return ExitFailures;
    }
    const bool showProgress = ctx.terminal && !ctx.json;
    const auto summary = buildDemo(*workspace, options, [&](int done, int total) {
        if (showProgress)
            ctx.err << '\r' << tr("Making demo calls: %1 / %2").arg(done).arg(total) << Qt::flush;
    });
    if (showProgress)
        ctx.err << '\n';
    if (!summary) {
        ctx.err << summary.error() << '\n';
        return ExitFailures;
    }
    ctx.out << tr("Demo workspace %1: %2 teams, %3 agents, %4 users, %5 calls imported (%6 were "
                  "already there), %7 evaluations added, %8 review queues drawn, %9 calibration "
                  "sessions made.")
                   .arg(location->displayName(), QString::number(summary->teams),
                        QString::number(summary->agents), QString::number(summary->users),
                        QString::number(summary->callsImported),
                        QString::number(summary->callsAlreadyThere),
                        QString::number(summary->evaluations), QString::number(summary->queues),
                        QString::number(summary->calibrationSessions))
            << ' '
            << tr("%1 disputes opened, %2 coaching sessions held.")
                   .arg(QString::number(summary->disputes),
                        QString::number(summary->coachingSessions))
            << ' ' << tr("%1 goals set.").arg(summary->goals) << '\n';
    return ExitOk;
}

} // namespace callqa::app
