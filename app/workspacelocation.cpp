#include "app/workspacelocation.h"

#include "review/storage/location.h"
#include "review/storage/workspace.h"

#include <QSettings>
#include <QStandardPaths>

namespace callqa::app {

namespace {
QString dataFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (folder.isEmpty())
        folder = QStringLiteral(".");
    return folder + QStringLiteral("/callqa");
}
} // namespace

QString defaultWorkspaceLocation()
{
    const QString fromEnv = qEnvironmentVariable("CALLQA_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QSettings settings(QStringLiteral("callqa"), QStringLiteral("callqa"));
    const QString remembered = settings.value(QStringLiteral("workspace")).toString();
    if (!remembered.isEmpty())
        return remembered;
    return builtInWorkspaceLocation();
}

QString builtInWorkspaceLocation()
{
    return dataFolder() + QStringLiteral("/workspace.db");
}

void rememberWorkspaceLocation(const QString& location)
{
    // A URL may carry a password; never write one to disk.
    const auto parsed = review::parseLocation(location);
    if (!parsed || !parsed->password.isEmpty())
        return;
    QSettings settings(QStringLiteral("callqa"), QStringLiteral("callqa"));
    settings.setValue(QStringLiteral("workspace"), location);
}

QString defaultDemoLocation()
{
    return dataFolder() + QStringLiteral("/demo/workspace.db");
}

namespace {
const QString kRecordingsFolderKey = QStringLiteral("recordings_root");

review::RecordingsRootInputs workstationInputs(const QString& option)
{
    return {option, qEnvironmentVariable("CALLQA_RECORDINGS_ROOT"), savedRecordingsFolder(), {}};
}
} // namespace

review::RecordingsRoot workstationRecordingsRoot(review::Workspace& workspace,
                                                 const QString& option)
{
    review::RecordingsRootInputs inputs = workstationInputs(option);
    inputs.workspaceSetting = workspace.setting(kRecordingsFolderKey);
    return review::decideRecordingsRoot(inputs);
}

QString workstationOwnRecordingsRoot(const QString& option)
{
    return review::decideRecordingsRoot(workstationInputs(option)).path;
}

QString savedRecordingsFolder()
{
    const QSettings settings(QStringLiteral("callqa"), QStringLiteral("callqa"));
    return settings.value(kRecordingsFolderKey).toString();
}

void saveRecordingsFolder(const QString& folder)
{
    QSettings settings(QStringLiteral("callqa"), QStringLiteral("callqa"));
    if (folder.trimmed().isEmpty())
        settings.remove(kRecordingsFolderKey);
    else
        settings.setValue(kRecordingsFolderKey, folder);
}

} // namespace callqa::app
