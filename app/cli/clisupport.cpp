#include "app/cli/clisupport.h"

#include "review/auth/signin.h"
#include "review/storage/demomark.h"
#include "review/storage/location.h"

#include <QCoreApplication>
#include <QDateTime>

#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Cli", text);
}

// Turns terminal echo off for its lifetime.
class EchoOff {
public:
    EchoOff()
    {
        m_active = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (!m_active)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

std::optional<QString> readSecret(CliContext& ctx, const char* environmentVariable,
                                  const QString& prompt)
{
    if (qEnvironmentVariableIsSet(environmentVariable))
        return qEnvironmentVariable(environmentVariable);
    if (isatty(STDIN_FILENO) != 1)
        return std::nullopt;
    ctx.err << prompt << Qt::flush;
    std::string line;
    {
        const EchoOff echoOff;
        std::getline(std::cin, line);
    }
    ctx.err << '\n' << Qt::flush;
    return QString::fromStdString(line);
}

std::optional<review::Actor> actorOrReport(CliContext& ctx, review::Workspace& workspace)
{
    const review::Result<bool> users = review::hasUsers(workspace);
    if (!users) {
        ctx.err << users.error() << '\n';
        return std::nullopt;
    }
    if (!users.value() && ctx.user.isEmpty())
        return review::Actor::owner();
    if (ctx.user.isEmpty()) {
        ctx.err << tr("This workspace has users: sign in with --user LOGIN (the password comes "
                      "from CALLQA_PASSWORD, or is asked for at a terminal).")
                << '\n';
        return std::nullopt;
    }
    const auto password = readSecret(ctx, "CALLQA_PASSWORD", tr("Password for %1: ").arg(ctx.user));
    if (!password) {
        ctx.err << tr("No password for %1: set CALLQA_PASSWORD or run at a terminal.").arg(ctx.user)
                << '\n';
        return std::nullopt;
    }
    review::Result<review::Actor> actor = review::signIn(workspace, ctx.user, *password);
    if (!actor) {
        ctx.err << actor.error() << '\n';
        return std::nullopt;
    }
    return std::move(actor).value();
}

std::unique_ptr<review::Workspace> openWorkspaceOrReport(CliContext& ctx, review::OpenMode mode,
                                                         int* exitCode)
{
    if (exitCode)
        *exitCode = ExitFailures;
    const auto location = review::parseLocation(ctx.db);
    if (!location) {
        ctx.err << location.error() << '\n';
        if (exitCode)
            *exitCode = ExitUsage;
        return nullptr;
    }
    review::OpenFailure why = review::OpenFailure::CannotOpen;
    auto workspace = review::Workspace::open(location.value(), mode, &why);
    // A server that wants a password the URL and ~/.pgpass did not give: ask for it once.
    if (!workspace && review::needsServerPassword(location.value(), workspace.error())) {
        if (const auto password = readSecret(
                ctx, "CALLQA_DB_PASSWORD", tr("Password for %1: ").arg(location->displayName()))) {
            review::Location withPassword = location.value();
            withPassword.password = *password;
            workspace = review::Workspace::open(withPassword, mode, &why);
        }
    }
    if (!workspace) {
        ctx.err << workspace.error() << '\n';
        // A --db that names no workspace is the caller's mistake, like a mistyped option.
        if (exitCode && why == review::OpenFailure::NotAWorkspace)
            *exitCode = ExitUsage;
        return nullptr;
    }
    if (!ctx.json && review::isDemoWorkspace(*workspace.value()))
        ctx.err << tr("%1 is a demo workspace: sample data, and every demo user's password is "
                      "\"demo\".")
                       .arg(location->displayName())
                << '\n';
    return std::move(workspace).value();
}

SignedIn openSignedIn(CliContext& ctx, review::OpenMode mode)
{
    SignedIn signedIn;
    signedIn.workspace = openWorkspaceOrReport(ctx, mode, &signedIn.exitCode);
    if (!signedIn.workspace)
        return signedIn;
    signedIn.actor = actorOrReport(ctx, *signedIn.workspace);
    if (!signedIn.actor)
        signedIn.exitCode = ExitUsage;
    return signedIn;
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

int reportFailure(CliContext& ctx, const QString& error)
{
    ctx.err << error << '\n';
    return ExitFailures;
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<qint64> oneIdArgument(CliContext& ctx, const QCommandLineParser& parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || id <= 0) {
        ctx.err << QCoreApplication::translate("callqa::app::Cli", "Give one id (a number).")
                << '\n'
                << parser.applicationDescription() << '\n';
        return std::nullopt;
    }
    return id;
}

} // namespace callqa::app
