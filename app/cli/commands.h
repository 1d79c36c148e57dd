#pragma once

#include "app/cli/cli.h"

namespace callqa::app {

// One function per sub-command; each parses its own arguments (`args` excludes the command name).
int runInit(CliContext& ctx, const QStringList& args);
int runImport(CliContext& ctx, const QStringList& args);
int runCalls(CliContext& ctx, const QStringList& args);
int runAgent(CliContext& ctx, const QStringList& args);
int runDemo(CliContext& ctx, const QStringList& args);
int runMigrate(CliContext& ctx, const QStringList& args);
int runUser(CliContext& ctx, const QStringList& args);
int runAudit(CliContext& ctx, const QStringList& args);
int runChecklist(CliContext& ctx, const QStringList& args);
int runEvaluate(CliContext& ctx, const QStringList& args);
int runEvaluations(CliContext& ctx, const QStringList& args);
int runDraft(CliContext& ctx, const QStringList& args);
int runAnalyze(CliContext& ctx, const QStringList& args);
int runPeaks(CliContext& ctx, const QStringList& args);
int runQueue(CliContext& ctx, const QStringList& args);
int runCalibration(CliContext& ctx, const QStringList& args);
int runEvaluation(CliContext& ctx, const QStringList& args);
int runAck(CliContext& ctx, const QStringList& args);
int runDispute(CliContext& ctx, const QStringList& args);
int runCoaching(CliContext& ctx, const QStringList& args);
int runMetrics(CliContext& ctx, const QStringList& args);
int runGoals(CliContext& ctx, const QStringList& args);

} // namespace callqa::app
