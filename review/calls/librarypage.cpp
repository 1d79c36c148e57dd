#include "review/calls/librarypage.h"

#include "review/storage/database.h"

namespace callqa::review {

namespace {

// No stored text holds a NUL (PostgreSQL cannot), so a filter with one matches nothing.
bool matchesNothing(const LibraryQuery& query)
{
    const QChar nul(0);
    return query.search.contains(nul) || query.queue.contains(nul) || query.direction.contains(nul);
}

LibraryRow rowFrom(const QSqlQuery& q)
{
    LibraryRow row;
    row.call = readCallSummary(q);
    CallSummary& call = row.call;
    constexpr int c = kCallSummaryColumns;
    if (!q.value(c).isNull())
        row.agentShare = q.value(c).toDouble();
    if (!q.value(c + 1).isNull())
        row.deadAirMs = q.value(c + 1).toLongLong();
    row.reviewQueue = q.value(c + 2).toString();
    row.assignee = q.value(c + 3).toString();
    if (!q.value(c + 4).isNull()) {
        if (!q.value(c + 5).isNull())
            call.score = q.value(c + 5).toDouble();
        call.passed = q.value(c + 6).toBool();
        call.criticalFail = q.value(c + 7).toBool();
    }
    row.cursor = {q.value(c + 8), call.id};
    return row;
}

} // namespace

QList<LibraryRow> fetchLibraryPage(Database& db, const LibraryQuery& query,
                                   const std::optional<LibraryCursor>& after, qint64 limit)
{
    if (limit < 1 || matchesNothing(query))
        return {};
    const LibrarySql sql = libraryPageSql(query, after, limit);
    QList<LibraryRow> rows;
    QSqlQuery q = db.exec(sql.sql, sql.binds);
    while (q.next())
        rows << rowFrom(q);
    return rows;
}

qint64 countLibrary(Database& db, const LibraryQuery& query)
{
    if (matchesNothing(query))
        return 0;
    const LibrarySql sql = libraryCountSql(query);
    return db.scalar(sql.sql, sql.binds).toLongLong();
}

} // namespace callqa::review
