#pragma once

#include "review/calls/calllibrary.h"
#include "review/calls/libraryquery.h"

#include <QList>

#include <optional>

namespace callqa::review {

class Database;

// One row of the library: the call, its talk metrics and the open review queue it is in.
struct LibraryRow {
    CallSummary call;
    std::optional<double> agentShare;
    std::optional<qint64> deadAirMs;
    QString reviewQueue;
    QString assignee;
    LibraryCursor cursor; // where a page that ends with this row continues
};

// One page of the library, in the query's order, after `after` (from the start when none).
// Throws DbError.
QList<LibraryRow> fetchLibraryPage(Database& db, const LibraryQuery& query,
                                   const std::optional<LibraryCursor>& after, qint64 limit);
// How many calls match; throws DbError.
qint64 countLibrary(Database& db, const LibraryQuery& query);

} // namespace callqa::review
