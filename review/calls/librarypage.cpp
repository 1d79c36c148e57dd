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
    CallSummary& call = row.call;
    call.id = q.value(0).toLongLong();
    call.externalId = q.value(1).toString();
    call.relativePath = q.value(2).toString();
    call.codec = q.value(3).toString();
    call.channels = q.value(4).toInt();
    call.durationMs = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        call.startedAtMs = q.value(6).toLongLong();
    call.agentName = q.value(7).toString();
    call.teamName = q.value(8).toString();
    call.direction = q.value(9).toString();
    call.queue = q.value(10).toString();
    call.missing = q.value(11).toBool();
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
