#pragma once

#include "review/auth/permissions.h"
#include "review/result.h"

#include <QString>

namespace callqa::review {

class Workspace;

// The agent whose call it is acknowledges an evaluation once, optionally with a comment (one
// transaction, audit row). Refused for anyone else, and for an evaluation a revision replaced.
Status acknowledgeEvaluation(Workspace& workspace, const Actor& actor, qint64 evaluationId,
                             const QString& comment = {});

// Days after submission an unacknowledged evaluation counts as overdue (workspace setting
// "acknowledgements.overdue_days", default 3).
int acknowledgementOverdueDays(Workspace& workspace);

} // namespace callqa::review
