#pragma once

#include <QString>

namespace callqa::review {

class Database;

// The folded text the library's search box matches against (calls.search_folded): the call's
// phone-system id, its queue and every metadata value, one per line, folded with
// foldForLibrarySearch. Agent names are matched through agents.search_folded.
QString callSearchText(const QString& externalId, const QString& queue,
                       const QString& metadataJson);

// Fills calls.search_folded and agents.search_folded where they are empty (rows written before
// schema 7). Runs
// inside the caller's transaction; throws DbError.
void backfillCallSearchText(Database& db);

} // namespace callqa::review
