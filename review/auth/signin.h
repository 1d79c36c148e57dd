#pragma once

#include "review/auth/permissions.h"
#include "review/result.h"

#include <QString>

namespace callqa::review {

class Workspace;

// True once the workspace has a user: from then on everyone signs in (before that the
// workspace owner, Actor::owner(), acts).
Result<bool> hasUsers(Workspace& workspace);

// Checks a login and password and returns the user as an Actor. An unknown login and a wrong
// password get the same message; a deactivated user is refused. Success and failure are both
// written to the audit log.
Result<Actor> signIn(Workspace& workspace, const QString& login, const QString& password);

// The first run: creates the admin of a workspace that has no user yet, and signs them in.
// Refused once any user exists.
Result<Actor> createFirstAdmin(Workspace& workspace, const QString& login,
                               const QString& displayName, const QString& password);

} // namespace callqa::review
