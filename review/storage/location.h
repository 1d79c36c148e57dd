#pragma once

#include "review/result.h"
#include "review/storage/dialect.h"

#include <QString>

namespace callqa::review {

// Where a workspace lives: one SQLite file, or a database on a PostgreSQL server.
struct Location {
    Backend backend = Backend::Sqlite;
    QString filePath; // SQLite
    QString host;     // PostgreSQL: host name, IP, or a Unix socket folder
    int port = 5432;
    QString user;
    QString password; // from the URL only; libpq also reads ~/.pgpass when this is empty
    QString database;

    // For messages and logs: never contains the password.
    QString displayName() const;
};

// Parses `--db`: a file path, or
// `postgresql://user[:password]@host[:port]/dbname[?host=/socket/dir]`
// (`postgres://` too).
Result<Location> parseLocation(const QString& text);

// True when opening `location` failed (`openError`) because the PostgreSQL server wants a password
// that neither the URL nor ~/.pgpass gave: asking the user for one and retrying makes sense.
bool needsServerPassword(const Location& location, const QString& openError);

} // namespace callqa::review
