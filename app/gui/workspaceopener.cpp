#include "app/gui/workspaceopener.h"

#include "app/gui/signin/serverpassworddialog.h"
#include "review/storage/location.h"

#include <QDir>

namespace callqa::app {

review::OpenMode windowOpenMode(const QString& givenDb, const QString& resolved,
                                const QString& builtInDefault)
{
    const bool builtIn =
        givenDb.isEmpty() && QDir::cleanPath(resolved) == QDir::cleanPath(builtInDefault);
    return builtIn ? review::OpenMode::Create : review::OpenMode::Existing;
}

WindowWorkspace openWindowWorkspace(const QString& text, review::OpenMode mode, bool interactive)
{
    const auto failed = [](const QString& error, review::OpenFailure why) {
        WindowWorkspace out;
        out.error = error;
        out.exitCode = why == review::OpenFailure::NotAWorkspace ? 2 : 1;
        return out;
    };
    const review::Result<review::Location> location = review::parseLocation(text);
    if (!location)
        return failed(location.error(), review::OpenFailure::NotAWorkspace);
    review::OpenFailure why = review::OpenFailure::CannotOpen;
    auto workspace = review::Workspace::open(location.value(), mode, &why);
    if (workspace)
        return {std::move(workspace).value(), {}, 0, false};
    if (!review::needsServerPassword(location.value(), workspace.error()))
        return failed(workspace.error(), why);
    if (qEnvironmentVariableIsSet("CALLQA_DB_PASSWORD")) {
        review::Location withPassword = location.value();
        withPassword.password = qEnvironmentVariable("CALLQA_DB_PASSWORD");
        auto retried = review::Workspace::open(withPassword, mode, &why);
        if (!retried)
            return failed(retried.error(), why);
        return {std::move(retried).value(), {}, 0, false};
    }
    if (!interactive)
        return failed(workspace.error(), why);
    ServerPasswordDialog dialog(location.value(), mode);
    if (dialog.exec() != QDialog::Accepted) {
        WindowWorkspace out = failed(workspace.error(), why);
        out.cancelled = true;
        return out;
    }
    return {dialog.takeWorkspace(), {}, 0, false};
}

} // namespace callqa::app
