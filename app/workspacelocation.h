#pragma once

#include <QString>

namespace callqa::app {

// Where the workspace is when `--db` is not given: $CALLQA_DB, else the last one used on this
// workstation (QSettings), else workspace.db in the per-user data folder.
QString defaultWorkspaceLocation();
// workspace.db in the per-user data folder: the one place the window may create a workspace
// without being told to (see windowOpenMode).
QString builtInWorkspaceLocation();
void rememberWorkspaceLocation(const QString& location);

// The demo workspace's default place (its recordings go beside it).
QString defaultDemoLocation();

// The recordings root for this workstation: $CALLQA_RECORDINGS_ROOT, or empty to use the
// workspace's own setting.
QString workstationRecordingsRoot();

} // namespace callqa::app
