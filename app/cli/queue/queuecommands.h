#pragma once

#include "app/cli/cli.h"

#include <QStringList>

namespace callqa::app {

// `callqa queue SUBCOMMAND`: one function per sub-command, `args` without "queue SUBCOMMAND".
int runQueueCreate(CliContext& ctx, const QStringList& args);
int runQueueList(CliContext& ctx, const QStringList& args);
int runQueueShow(CliContext& ctx, const QStringList& args);
int runQueueExplain(CliContext& ctx, const QStringList& args);
int runQueueVerify(CliContext& ctx, const QStringList& args);
int runQueueHistory(CliContext& ctx, const QStringList& args);
int runQueueNext(CliContext& ctx, const QStringList& args);
int runQueueAdd(CliContext& ctx, const QStringList& args);
int runQueueRemove(CliContext& ctx, const QStringList& args);
int runQueueSkip(CliContext& ctx, const QStringList& args);
int runQueueAssign(CliContext& ctx, const QStringList& args);

} // namespace callqa::app
