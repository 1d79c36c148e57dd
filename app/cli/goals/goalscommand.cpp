#include "app/cli/commands.h"
#include "app/cli/goals/goalscommands.h"

#include <QCoreApplication>

namespace callqa::app {

namespace {

struct Subcommand {
    const char* name;
    int (*run)(CliContext&, const QStringList&);
    const char* usage;
};

const Subcommand kSubcommands[] = {
    {"add", runGoalsAdd,
     QT_TRANSLATE_NOOP("callqa::app::Goals",
                       "add --scope agent:ID|team:NAME|floor --metric METRIC [--item KEY] "
                       "--direction raise|lower (--baseline VALUE | --baseline-from DATE "
                       "--baseline-to DATE) --target VALUE --start DATE --deadline DATE [--owner "
                       "LOGIN] --why TEXT")},
    {"adjust", runGoalsAdjust,
     QT_TRANSLATE_NOOP("callqa::app::Goals",
                       "adjust GOAL [--target VALUE] [--deadline DATE] [--owner LOGIN] --reason "
                       "TEXT  a new version of the goal")},
    {"list", runGoalsList,
     QT_TRANSLATE_NOOP("callqa::app::Goals", "list                 the goals you may see")},
    {"progress", runGoalsProgress,
     QT_TRANSLATE_NOOP("callqa::app::Goals",
                       "progress [GOAL]      value so far, 95% interval, pace and status")},
    {"tasks", runGoalsTasks,
     QT_TRANSLATE_NOOP("callqa::app::Goals",
                       "tasks GOAL add --title TEXT [--owner LOGIN] [--due DATE] | done TASK | "
                       "list")},
};

} // namespace

int runGoals(CliContext& ctx, const QStringList& args)
{
    const QString name = args.value(0);
    for (const Subcommand& subcommand : kSubcommands) {
        if (name == QLatin1String(subcommand.name))
            return subcommand.run(ctx, args.mid(1));
    }
    QTextStream& stream =
        (name == QLatin1String("--help") || name == QLatin1String("-h")) ? ctx.out : ctx.err;
    stream << QCoreApplication::translate("callqa::app::Goals",
                                          "Usage: callqa goals SUBCOMMAND (each takes --help):")
           << '\n';
    for (const Subcommand& subcommand : kSubcommands)
        stream << "  " << QCoreApplication::translate("callqa::app::Goals", subcommand.usage)
               << '\n';
    return &stream == &ctx.out ? ExitOk : ExitUsage;
}

} // namespace callqa::app
