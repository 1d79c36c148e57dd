#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "review/storage/migrations.h"

#include <QCoreApplication>

namespace callqa::app {

int runInit(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "callqa::app::Cli", "Creates the workspace, or upgrades it to this program's schema."));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("init"), args))
        return *exit;
    int exitCode = ExitFailures;
    const auto workspace = openWorkspaceOrReport(ctx, review::OpenMode::Create, &exitCode);
    if (!workspace)
        return exitCode;
    ctx.out << QCoreApplication::translate("callqa::app::Cli",
                                           "Workspace %1 is ready (schema version %2).")
                   .arg(workspace->db().location().displayName())
                   .arg(review::latestSchemaVersion())
            << '\n';
    return ExitOk;
}

} // namespace callqa::app
