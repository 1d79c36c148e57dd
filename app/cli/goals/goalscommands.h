#pragma once

#include "app/cli/cli.h"

#include <QStringList>

namespace callqa::app {

// `callqa goals SUBCOMMAND`: one function per sub-command, `args` without "goals SUBCOMMAND".
int runGoalsAdd(CliContext& ctx, const QStringList& args);
int runGoalsAdjust(CliContext& ctx, const QStringList& args);
int runGoalsList(CliContext& ctx, const QStringList& args);
int runGoalsProgress(CliContext& ctx, const QStringList& args);
int runGoalsTasks(CliContext& ctx, const QStringList& args);

} // namespace callqa::app
