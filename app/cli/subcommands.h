#pragma once

#include "app/cli/cli.h"

#include <span>

namespace callqa::app {

struct Subcommand {
    const char* name;
    int (*run)(CliContext&, const QStringList&);
    const char* usage; // translated in `context`
};

// Runs the subcommand `args` names (its own arguments after it), or prints the usage of them all:
// on stdout for --help, else on stderr with the usage exit code.
int runSubcommand(CliContext& ctx, const QStringList& args, std::span<const Subcommand> subcommands,
                  const char* context, const QString& title);

} // namespace callqa::app
