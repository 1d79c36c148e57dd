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
    if (!q.value(12).isNull())
        row.agentShare = q.value(12).toDouble();
    if (!q.value(13).isNull())
        row.deadAirMs = q.value(13).toLongLong();
    row.reviewQueue = q.value(14).toString();
    row.assignee = q.value(15).toString();
    if (!q.value(16).isNull()) {
        if (!q.value(17).isNull())
            call.score = q.value(17).toDouble();
        call.passed = q.value(18).toBool();
        call.criticalFail = q.value(19).toBool();
    }
    row.cursor = {q.value(20), call.id};
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
