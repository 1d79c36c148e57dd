#include "app/cli/calibration/calibrationcommands.h"
#include "app/cli/commands.h"
#include "app/cli/subcommands.h"

#include <QCoreApplication>

namespace callqa::app {

namespace {

const Subcommand kSubcommands[] = {
    {"create", runCalibrationCreate,
     QT_TRANSLATE_NOOP("callqa::app::Calibration",
                       "create NAME --checklist KEY [--version N] --calls ID,ID --reviewers "
                       "L,L [--expert L] [--blind] [--deadline DATE]")},
    {"list", runCalibrationList,
     QT_TRANSLATE_NOOP("callqa::app::Calibration", "list                 the sessions")},
    {"show", runCalibrationShow,
     QT_TRANSLATE_NOOP("callqa::app::Calibration",
                       "show SESSION [--call CALL --reviewer LOGIN]  who scored what; answers")},
    {"close", runCalibrationClose,
     QT_TRANSLATE_NOOP("callqa::app::Calibration",
                       "close SESSION        no more scores; blind answers become visible")},
    {"score", runCalibrationScore,
     QT_TRANSLATE_NOOP("callqa::app::Calibration",
                       "score SESSION CALL --answers FILE  score a session call")},
    {"report", runCalibrationReport,
     QT_TRANSLATE_NOOP("callqa::app::Calibration",
                       "report SESSION       agreement per item, overall, per reviewer, per call")},
    {"promote", runCalibrationPromote,
     QT_TRANSLATE_NOOP("callqa::app::Calibration",
                       "promote EVALUATION   count a closed session's evaluation for the agent")},
    {"reliability", runCalibrationReliability,
     QT_TRANSLATE_NOOP("callqa::app::Calibration",
                       "reliability --checklist KEY --from DATE --to DATE  double-scored calls")},
    {"drift", runCalibrationDrift,
     QT_TRANSLATE_NOOP("callqa::app::Calibration",
                       "drift [--reviewer LOGIN] [--threshold P]  bias per month")},
};

} // namespace

QString calibrationTr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Calibration", text);
}

int runCalibration(CliContext& ctx, const QStringList& args)
{
    return runSubcommand(
        ctx, args, kSubcommands, "callqa::app::Calibration",
        calibrationTr("Usage: callqa calibration SUBCOMMAND (each takes --help):"));
}

} // namespace callqa::app
