#pragma once

#include <QStringList>
#include <QTextStream>

namespace callqa::app {

// What every sub-command gets: where to write, which workspace, machine or human output.
struct CliContext {
    QTextStream& out;
    QTextStream& err;
    QString db;            // --db, or the default location
    bool json = false;     // --json: locale-neutral machine output
    bool terminal = false; // stderr is a terminal: show progress
    QString user;          // --user: who signs in (password from $CALLQA_PASSWORD or a prompt)
};

// Exit codes of the command line.
enum ExitCode { ExitOk = 0, ExitFailures = 1, ExitUsage = 2 };

// True when `args` (without the program name) start with a known sub-command.
bool isCliInvocation(const QStringList& args);

// Runs a sub-command. `args` excludes the program name.
int runCli(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace callqa::app
