#pragma once

#include "review/calls/recordingsroot.h"

#include <QString>

namespace callqa::review {
class Workspace;
}

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

// The recordings root for this workstation, by review::decideRecordingsRoot: `option`
// (--recordings-root), else $CALLQA_RECORDINGS_ROOT, else the folder set in the window
// (Workspace > Recordings folder…, QSettings), else the workspace's own root.
review::RecordingsRoot workstationRecordingsRoot(review::Workspace& workspace,
                                                 const QString& option = {});
// The same without the workspace's root: empty when this workstation says nothing.
QString workstationOwnRecordingsRoot(const QString& option = {});

// The folder set in the window for this workstation (empty: none).
QString savedRecordingsFolder();
void saveRecordingsFolder(const QString& folder);

} // namespace callqa::app
