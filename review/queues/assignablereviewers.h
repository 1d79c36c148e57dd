#pragma once

#include "review/auth/permissions.h"
#include "review/result.h"

#include <QList>
#include <QString>

namespace callqa::review {

class Workspace;

struct AssignableReviewer {
    QString login;
    QString displayName;
};

// The active users a queue's items may go to (reviewers and supervisors), by login. Needs
// ManageQueues: a supervisor picks from them without being able to manage users.
Result<QList<AssignableReviewer>> assignableReviewers(Workspace& workspace, const Actor& actor);

} // namespace callqa::review
