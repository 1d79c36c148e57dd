#include "app/cli/subcommands.h"

#include <QCoreApplication>

namespace callqa::app {

int runSubcommand(CliContext& ctx, const QStringList& args, std::span<const Subcommand> subcommands,
                  const char* context, const QString& title)
{
    const QString name = args.value(0);
    for (const Subcommand& subcommand : subcommands) {
        if (name == QLatin1String(subcommand.name))
            return subcommand.run(ctx, args.mid(1));
    }
    QTextStream& stream =
        (name == QLatin1String("--help") || name == QLatin1String("-h")) ? ctx.out : ctx.err;
    stream << title << '\n';
    for (const Subcommand& subcommand : subcommands)
        stream << "  " << QCoreApplication::translate(context, subcommand.usage) << '\n';
    return &stream == &ctx.out ? ExitOk : ExitUsage;
}

} // namespace callqa::app
