#pragma once

#include "review/storage/workspace.h"

#include <QString>

#include <memory>

namespace callqa::app {

// Whether the window may create its workspace: only at the built-in per-user default, when no
// --db was given and neither $CALLQA_DB nor a remembered location chose another place, so that a
// first-time user who double-clicks gets a workspace. A location anyone named (--db, $CALLQA_DB,
// the last one used) must already hold a workspace: a mistyped or unmounted path is reported,
// never replaced by a new empty one.
review::OpenMode windowOpenMode(const QString& givenDb, const QString& resolved,
                                const QString& builtInDefault);

struct WindowWorkspace {
    std::unique_ptr<review::Workspace> workspace;
    QString error;          // when there is no workspace
    int exitCode = 1;       // when there is no workspace: 2 when the location holds none
    bool cancelled = false; // the user closed the password dialog: no need to say why again
};

// Opens the window's workspace. When the PostgreSQL server refuses for want of a password the URL
// did not give, the password comes from $CALLQA_DB_PASSWORD or, when interactive, from a dialog.
WindowWorkspace openWindowWorkspace(const QString& location, review::OpenMode mode,
                                    bool interactive);

} // namespace callqa::app
