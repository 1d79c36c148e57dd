#pragma once

#include "app/cli/cli.h"
#include "review/auth/permissions.h"
#include "review/storage/workspace.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <memory>

namespace callqa::app {

// Opens the context's workspace, or prints why not and returns null; then *exitCode (when given)
// is ExitUsage for a --db that holds no workspace (mode Existing) and ExitFailures otherwise.
std::unique_ptr<review::Workspace>
openWorkspaceOrReport(CliContext& ctx, review::OpenMode mode = review::OpenMode::Existing,
                      int* exitCode = nullptr);

// Who acts: the workspace owner while the workspace has no users; after that the --user of the
// context, signed in with $CALLQA_PASSWORD or a password typed at a terminal. Prints why not and
// returns nullopt when sign-in is missing or fails (exit with ExitUsage).
std::optional<review::Actor> actorOrReport(CliContext& ctx, review::Workspace& workspace);

// A secret from the environment variable, else typed without echo at a terminal; nullopt when
// neither is possible.
std::optional<QString> readSecret(CliContext& ctx, const char* environmentVariable,
                                  const QString& prompt);

// A command's opened workspace and signed-in actor; when either is missing, why was printed and
// `exitCode` is the code to leave with.
struct SignedIn {
    std::unique_ptr<review::Workspace> workspace;
    std::optional<review::Actor> actor;
    int exitCode = ExitOk;
};
SignedIn openSignedIn(CliContext& ctx, review::OpenMode mode = review::OpenMode::Existing);

// Parses a sub-command's arguments; on --help or an error prints and returns the exit code to use.
std::optional<int> parseArguments(CliContext& ctx, QCommandLineParser& parser, const QString& name,
                                  const QStringList& args);

void printJson(CliContext& ctx, const QJsonDocument& document);

// Prints `error` on the error stream and returns ExitFailures.
int reportFailure(CliContext& ctx, const QString& error);

// The one positional argument, a positive record id (an evaluation, a dispute, a session);
// nullopt, after printing the command's description, when there is not exactly one such.
std::optional<qint64> oneIdArgument(CliContext& ctx, const QCommandLineParser& parser);

// Epoch milliseconds as ISO 8601 UTC, for machine output.
QString isoUtc(qint64 ms);

} // namespace callqa::app
