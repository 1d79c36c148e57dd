#include "review/calls/librarychoices.h"

#include "review/storage/database.h"

namespace callqa::review {

Result<LibraryChoices> libraryChoices(Database& db, const Actor& actor)
{
    using R = Result<LibraryChoices>;
    if (const Status allowed = authorize(actor, Action::ReadCalls); !allowed)
        return R::failure(allowed.error());
    try {
        LibraryChoices choices;
        Directory directory(db);
        choices.teams = directory.teams();
        choices.agents = directory.agents();
        QSqlQuery q = db.exec(QStringLiteral(
            "SELECT DISTINCT queue FROM calls WHERE queue IS NOT NULL ORDER BY queue"));
        while (q.next())
            choices.queues << q.value(0).toString();
        return choices;
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

} // namespace callqa::review
