#pragma once

#include "app/cli/cli.h"
#include "review/workspace.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <memory>

namespace callqa::app {

// Opens the context's workspace, or prints why not and returns null.
std::unique_ptr<review::Workspace> openWorkspaceOrReport(CliContext& ctx);

// Parses a sub-command's arguments; on --help or an error prints and returns the exit code to use.
std::optional<int> parseArguments(CliContext& ctx, QCommandLineParser& parser, const QString& name,
                                  const QStringList& args);

void printJson(CliContext& ctx, const QJsonDocument& document);

} // namespace callqa::app
