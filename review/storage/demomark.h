#pragma once

#include "review/result.h"

#include <QString>

namespace callqa::review {

class Workspace;

// What the demo finds in a workspace before it fills it.
struct WorkspaceContents {
    qint64 rows = 0;         // teams, agents, users, calls, checklists and evaluations
    bool markedDemo = false; // the demo made this workspace
};

// The demo creates users with a well-known password and scores calls as demo reviewers, so it
// may only fill a workspace it made itself, or a new, empty one (which it then marks as its own).
enum class DemoFill { MarkAndFill, Refill, Refuse };
DemoFill decideDemoFill(const WorkspaceContents& contents);

// Reads the contents, decides, and marks an empty workspace as a demo, all in one transaction
// (with an audit row for the mark), so two demo runs and a real import cannot interleave.
// Fails with a message saying why a workspace with other data is refused.
Result<DemoFill> claimForDemo(Workspace& workspace, const QString& actorLogin);

// Whether the demo made this workspace (window title, CLI notes, sign-in hint).
bool isDemoWorkspace(Workspace& workspace);

} // namespace callqa::review
