#include "app/cli/cli.h"

#include "app/cli/commands.h"
#include "app/workspacelocation.h"
#include "audio/core/ffmpeglogroute.h"

#include <QCoreApplication>

#include <unistd.h>

namespace callqa::app {

namespace {

struct Command {
    const char* name;
    int (*run)(CliContext&, const QStringList&);
    const char* summary;
};

const Command kCommands[] = {
    {"init", runInit, QT_TRANSLATE_NOOP("callqa::app::Cli", "create or upgrade a workspace")},
    {"import", runImport,
     QT_TRANSLATE_NOOP("callqa::app::Cli", "import a folder of recordings [--manifest FILE]")},
    {"calls", runCalls, QT_TRANSLATE_NOOP("callqa::app::Cli", "list the calls in the library")},
    {"agent", runAgent, QT_TRANSLATE_NOOP("callqa::app::Cli", "add or list agents and teams")},
    {"checklist", runChecklist,
     QT_TRANSLATE_NOOP("callqa::app::Cli", "import, export, list, publish and archive checklists")},
    {"evaluate", runEvaluate,
     QT_TRANSLATE_NOOP("callqa::app::Cli", "score a call from answers in JSON (backfill)")},
    {"draft", runDraft,
     QT_TRANSLATE_NOOP("callqa::app::Cli",
                       "open, hold, save and submit evaluation drafts shared by the team")},
    {"queue", runQueue,
     QT_TRANSLATE_NOOP("callqa::app::Cli",
                       "draw, explain, verify and work review queues (queue --help)")},
    {"calibration", runCalibration,
     QT_TRANSLATE_NOOP("callqa::app::Cli",
                       "calibration sessions: reviewers' agreement, bias and drift")},
    {"evaluations", runEvaluations,
     QT_TRANSLATE_NOOP("callqa::app::Cli", "list evaluations (agents: their own)")},
    {"evaluation", runEvaluation,
     QT_TRANSLATE_NOOP("callqa::app::Cli",
                       "show one evaluation: answers, comments, disputes, revisions")},
    {"ack", runAck,
     QT_TRANSLATE_NOOP("callqa::app::Cli", "acknowledge an evaluation of your call (agents)")},
    {"coaching", runCoaching,
     QT_TRANSLATE_NOOP("callqa::app::Cli", "coaching sessions, their action items and follow-ups")},
    {"dispute", runDispute,
     QT_TRANSLATE_NOOP("callqa::app::Cli",
                       "open, list, accept (re-score), reject and withdraw disputes")},
    {"analyze", runAnalyze,
     QT_TRANSLATE_NOOP("callqa::app::Cli",
                       "talk time, dead air, overtalk and monologues of calls (stored)")},
    {"metrics", runMetrics,
     QT_TRANSLATE_NOOP("callqa::app::Cli",
                       "import phone-system and survey metrics, list every metric")},
    {"goals", runGoals,
     QT_TRANSLATE_NOOP("callqa::app::Cli",
                       "add, adjust and follow goals with their tasks (goals --help)")},
    {"peaks", runPeaks,
     QT_TRANSLATE_NOOP("callqa::app::Cli", "waveform peaks of a call as JSON (cached)")},
    {"demo", runDemo,
     QT_TRANSLATE_NOOP("callqa::app::Cli", "build a demo workspace with spoken sample calls")},
    {"migrate", runMigrate,
     QT_TRANSLATE_NOOP("callqa::app::Cli",
                       "copy a file workspace onto a PostgreSQL server --from FILE --to URL")},
    {"user", runUser,
     QT_TRANSLATE_NOOP("callqa::app::Cli", "add, list and change users and their roles")},
    {"audit", runAudit, QT_TRANSLATE_NOOP("callqa::app::Cli", "list the audit log")},
};

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Cli", text);
}

void printUsage(QTextStream& stream)
{
    stream << tr("Usage: callqa [--db FILE|postgresql://...] [--user LOGIN] [--json] [--verbose] "
                 "COMMAND [ARGS]")
           << '\n'
           << tr("--verbose also prints FFmpeg's own messages about the recordings it reads.")
           << '\n'
           << tr("Without a command, callqa opens the workstation: --open CALL shows that call in "
                 "the review screen, --screenshot FILE renders the window offscreen to a PNG and "
                 "exits, --keys SCRIPT types keys into it (\"1 Down C 'text Return\"), --tool NAME "
                 "opens the tool window of that menu action or button (disputeInboxAction, "
                 "playCallButton, ...) and --screenshot renders it instead.")
           << "\n\n"
           << tr("Commands:") << '\n';
    for (const Command& command : kCommands)
        stream << "  " << QString::fromLatin1(command.name).leftJustified(12) << ' '
               << tr(command.summary) << '\n';
}

const Command* findCommand(const QString& name)
{
    for (const Command& command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace

bool isCliInvocation(const QStringList& args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        // Options that take a value (the window's --screenshot FILE too).
        if (arg == QLatin1String("--db") || arg == QLatin1String("--user") ||
            arg == QLatin1String("--screenshot") || arg == QLatin1String("--open") ||
            arg == QLatin1String("--keys") || arg == QLatin1String("--tool")) {
            ++i;
            continue;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            return true;
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        return true; // a word: a command, or a mistyped one the CLI explains
    }
    return false;
}

int runCli(const QStringList& args, QTextStream& out, QTextStream& err)
{
    CliContext ctx{out, err, QString(), false, isatty(STDERR_FILENO) == 1, QString()};
    QStringList rest;
    bool verbose = false;
    const Command* command = nullptr;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--verbose")) {
            verbose = true;
        } else if (command) {
            if (arg == QLatin1String("--json"))
                ctx.json = true;
            else if (arg == QLatin1String("--db") && i + 1 < args.size())
                ctx.db = args.at(++i);
            else if (arg == QLatin1String("--user") && i + 1 < args.size())
                ctx.user = args.at(++i);
            else
                rest << arg;
        } else if (arg == QLatin1String("--db")) {
            if (i + 1 >= args.size()) {
                err << tr("--db needs a file path or a postgresql:// URL.") << '\n';
                return ExitUsage;
            }
            ctx.db = args.at(++i);
        } else if (arg == QLatin1String("--user")) {
            if (i + 1 >= args.size()) {
                err << tr("--user needs a login.") << '\n';
                return ExitUsage;
            }
            ctx.user = args.at(++i);
        } else if (arg == QLatin1String("--json")) {
            ctx.json = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printUsage(out);
            return ExitOk;
        } else {
            command = findCommand(arg);
            if (!command) {
                err << tr("Unknown command \"%1\".").arg(arg) << '\n';
                printUsage(err);
                return ExitUsage;
            }
        }
    }
    if (!command) {
        printUsage(err);
        return ExitUsage;
    }
    if (ctx.db.isEmpty() && QLatin1String(command->name) != QLatin1String("demo"))
        ctx.db = defaultWorkspaceLocation();
    // FFmpeg's own lines only with --verbose, and then in order with the command's messages.
    const audio::FfmpegLogRoute ffmpegLog(
        verbose ? audio::FfmpegLogRoute::Sink([&err](const std::string& line) {
            err << QString::fromStdString(line) << '\n';
            err.flush();
        })
                : audio::FfmpegLogRoute::Sink());
    return command->run(ctx, rest);
}

} // namespace callqa::app
