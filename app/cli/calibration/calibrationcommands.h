#pragma once

#include "app/cli/cli.h"

#include <QStringList>

namespace callqa::app {

// `callqa calibration SUBCOMMAND`: one function per sub-command, `args` without
// "calibration SUBCOMMAND".
int runCalibrationCreate(CliContext& ctx, const QStringList& args);
int runCalibrationList(CliContext& ctx, const QStringList& args);
int runCalibrationShow(CliContext& ctx, const QStringList& args);
int runCalibrationClose(CliContext& ctx, const QStringList& args);
int runCalibrationPromote(CliContext& ctx, const QStringList& args);
int runCalibrationScore(CliContext& ctx, const QStringList& args);
int runCalibrationReport(CliContext& ctx, const QStringList& args);
int runCalibrationDrift(CliContext& ctx, const QStringList& args);
int runCalibrationReliability(CliContext& ctx, const QStringList& args);

QString calibrationTr(const char* text);

} // namespace callqa::app
