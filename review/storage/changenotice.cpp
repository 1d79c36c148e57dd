#include "review/storage/changenotice.h"

#include "review/storage/database.h"

namespace callqa::review {

void announceChange(Database& db, const QString& topic)
{
    if (db.backend() != Backend::Postgres)
        return;
    db.scalar(QStringLiteral("SELECT pg_notify(?, ?)"),
              {QString::fromLatin1(kChangeChannel), topic});
}

} // namespace callqa::review
