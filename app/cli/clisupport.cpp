#include "app/cli/clisupport.h"

#include <QCoreApplication>

namespace callqa::app {

std::unique_ptr<review::Workspace> openWorkspaceOrReport(CliContext& ctx)
{
    auto workspace = review::Workspace::open(ctx.db);
    if (!workspace) {
        ctx.err << workspace.error() << '\n';
        return nullptr;
    }
    return std::move(workspace).value();
}

std::optional<int> parseArguments(CliContext& ctx, QCommandLineParser& parser, const QString& name,
                                  const QStringList& args)
{
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("callqa::app::Cli", "Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("callqa ") + name} + args)) {
        ctx.err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        ctx.out << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

void printJson(CliContext& ctx, const QJsonDocument& document)
{
    ctx.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace callqa::app
