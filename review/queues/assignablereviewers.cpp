#include "review/queues/assignablereviewers.h"

#include "review/storage/workspace.h"

namespace callqa::review {

Result<QList<AssignableReviewer>> assignableReviewers(Workspace& workspace, const Actor& actor)
{
    using R = Result<QList<AssignableReviewer>>;
    if (const Status allowed = authorize(actor, Action::ManageQueues); !allowed)
        return R::failure(allowed.error());
    try {
        QSqlQuery rows = workspace.db().exec(QStringLiteral(
            "SELECT u.login, u.display_name FROM users u WHERE u.active = TRUE AND EXISTS "
            "(SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role IN ('reviewer', "
            "'supervisor')) ORDER BY u.login_folded"));
        QList<AssignableReviewer> reviewers;
        while (rows.next())
            reviewers << AssignableReviewer{rows.value(0).toString(), rows.value(1).toString()};
        return reviewers;
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

} // namespace callqa::review
