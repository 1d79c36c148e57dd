#include "review/calls/libraryquery.h"

#include "review/calls/calllibrary.h"

#include "review/textfold.h"

#include <QStringList>

namespace callqa::review {

namespace {

bool needsEvaluation(const LibraryQuery& query)
{
    return query.withScores &&
           (query.reviewed != ReviewedFilter::Any || query.minScore || query.maxScore ||
            query.verdict != VerdictFilter::Any || query.sortColumn == LibraryColumn::Score);
}

bool needsQueueItem(const LibraryQuery& query)
{
    return query.withQueues && (query.sortColumn == LibraryColumn::ReviewQueue ||
                                query.sortColumn == LibraryColumn::Assignee);
}

QString latestEvaluationJoin(const LibraryQuery& query)
{
    return QStringLiteral(" LEFT JOIN evaluations e ON e.id = (SELECT max(l.id) FROM evaluations "
                          "l WHERE l.call_id = c.id AND l.status = 'submitted'") +
           scoreHiddenCondition(query.scoreHiddenCallIds) + QLatin1Char(')');
}
const QString kOpenQueueItem = QStringLiteral(
    " LEFT JOIN review_queue_items qi ON qi.id = (SELECT min(i.id) FROM review_queue_items i "
    "JOIN review_queues q ON q.id = i.queue_id WHERE i.call_id = c.id AND q.state = 'open' AND "
    "i.state <> 'removed') LEFT JOIN review_queues rq ON rq.id = qi.queue_id");

// The FROM clause with the joins the columns (all of them for a page) or the filters need.
QString fromClause(const LibraryQuery& query, bool page)
{
    QString sql = QStringLiteral(" FROM calls c");
    if (page || !query.search.isEmpty() || query.sortColumn == LibraryColumn::Agent)
        sql += QStringLiteral(" LEFT JOIN agents a ON a.id = c.agent_id");
    if (page)
        sql += QStringLiteral(" LEFT JOIN teams t ON t.id = c.team_id");
    if (page || query.deadAirOverMs)
        sql += QStringLiteral(" LEFT JOIN call_analysis ca ON ca.call_id = c.id");
    if ((page && query.withScores) || needsEvaluation(query))
        sql += latestEvaluationJoin(query);
    if ((page && query.withQueues) || needsQueueItem(query))
        sql += kOpenQueueItem;
    return sql;
}

// The filters' conditions (none: every call).
QStringList conditions(const LibraryQuery& query, QVariantList& binds)
{
    QStringList sql;
    const auto add = [&](const QString& condition, const QVariantList& values) {
        sql << condition;
        binds << values;
    };
    if (query.fromMs)
        add(QStringLiteral("c.started_at >= ?"), {*query.fromMs});
    if (query.toMs)
        add(QStringLiteral("c.started_at < ?"), {*query.toMs});
    if (query.teamId)
        add(QStringLiteral("c.team_id = ?"), {*query.teamId});
    if (query.agentId)
        add(QStringLiteral("c.agent_id = ?"), {*query.agentId});
    if (!query.queue.isEmpty())
        add(QStringLiteral("c.queue = ?"), {query.queue});
    if (!query.direction.isEmpty())
        add(QStringLiteral("c.direction = ?"), {query.direction});
    if (query.minDurationMs)
        add(QStringLiteral("c.duration_ms >= ?"), {*query.minDurationMs});
    if (query.maxDurationMs)
        add(QStringLiteral("c.duration_ms <= ?"), {*query.maxDurationMs});
    if (query.deadAirOverMs)
        add(QStringLiteral("ca.dead_air_ms > ?"), {*query.deadAirOverMs});
    if (query.onlyMissing)
        add(QStringLiteral("c.missing"), {});
    if (const QString pattern = librarySearchPattern(query.search); !pattern.isEmpty())
        add(QStringLiteral("(c.search_folded LIKE ? ESCAPE '!' OR a.search_folded LIKE ? ESCAPE "
                           "'!')"),
            {pattern, pattern});
    if (!query.withScores)
        return sql;
    if (query.reviewed == ReviewedFilter::Reviewed)
        add(QStringLiteral("e.id IS NOT NULL"), {});
    if (query.reviewed == ReviewedFilter::NotReviewed)
        add(QStringLiteral("e.id IS NULL"), {});
    if (query.minScore)
        add(QStringLiteral("e.overall_score >= ?"), {*query.minScore});
    if (query.maxScore)
        add(QStringLiteral("e.overall_score <= ?"), {*query.maxScore});
    switch (query.verdict) {
    case VerdictFilter::Any:
        break;
    case VerdictFilter::Passed:
        add(QStringLiteral("e.passed AND NOT e.critical_fail"), {});
        break;
    case VerdictFilter::Failed:
        add(QStringLiteral("NOT e.passed AND NOT e.critical_fail"), {});
        break;
    case VerdictFilter::CriticalFail:
        add(QStringLiteral("e.critical_fail"), {});
        break;
    }
    return sql;
}

// No "WHERE 1 = 1" when nothing filters: SQLite counts a whole table fast only without a WHERE.
QString whereClause(const QStringList& conditions)
{
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

QString librarySortKey(LibraryColumn column, bool withScores, bool withQueues)
{
    switch (column) {
    case LibraryColumn::Started:
        break;
    case LibraryColumn::CallId:
        return QStringLiteral("COALESCE(c.external_id, '')");
    case LibraryColumn::Agent:
        return QStringLiteral("COALESCE(a.name_folded, '')");
    case LibraryColumn::Team:
        return QStringLiteral("COALESCE(t.name_folded, '')");
    case LibraryColumn::Queue:
        return QStringLiteral("COALESCE(c.queue, '')");
    case LibraryColumn::Direction:
        return QStringLiteral("COALESCE(c.direction, '')");
    case LibraryColumn::Duration:
        return QStringLiteral("c.duration_ms");
    case LibraryColumn::AgentShare:
        return QStringLiteral("COALESCE(ca.agent_share, -1.0)");
    case LibraryColumn::DeadAir:
        return QStringLiteral("COALESCE(ca.dead_air_ms, -1)");
    case LibraryColumn::Score:
        if (withScores)
            return QStringLiteral("COALESCE(e.overall_score, -1.0)");
        break;
    case LibraryColumn::ReviewQueue:
        if (withQueues)
            return QStringLiteral("COALESCE(rq.name, '')");
        break;
    case LibraryColumn::Assignee:
        if (withQueues)
            return QStringLiteral("COALESCE(qi.assignee, '')");
        break;
    case LibraryColumn::Missing:
        return QStringLiteral("CASE WHEN c.missing THEN 1 ELSE 0 END");
    }
    return QStringLiteral("COALESCE(c.started_at, 0)");
}

QString librarySearchPattern(const QString& search)
{
    QString folded = foldForLibrarySearch(search);
    if (folded.isEmpty())
        return {};
    folded.replace(QLatin1Char('!'), QStringLiteral("!!"));
    folded.replace(QLatin1Char('%'), QStringLiteral("!%"));
    folded.replace(QLatin1Char('_'), QStringLiteral("!_"));
    return QLatin1Char('%') + folded + QLatin1Char('%');
}

LibrarySql libraryPageSql(const LibraryQuery& query, const std::optional<LibraryCursor>& after,
                          qint64 limit)
{
    LibrarySql out;
    const QString key = librarySortKey(query.sortColumn, query.withScores, query.withQueues);
    out.sql = QStringLiteral("SELECT ") + callSummaryColumns() +
              QStringLiteral(", ca.agent_share, ca.dead_air_ms");
    out.sql += query.withQueues ? QStringLiteral(", rq.name, qi.assignee")
                                : QStringLiteral(", NULL, NULL");
    out.sql += query.withScores ? QStringLiteral(", e.id, e.overall_score, e.passed, "
                                                 "e.critical_fail")
                                : QStringLiteral(", NULL, NULL, NULL, NULL");
    out.sql += QStringLiteral(", ") + key;
    out.sql += fromClause(query, true);
    QStringList where = conditions(query, out.binds);
    const QString op = query.descending ? QStringLiteral("<") : QStringLiteral(">");
    if (after) {
        // The lone bound on the key lets SQLite range-scan an index on (key, id); the row value
        // then cuts exactly after the last row.
        where << QStringLiteral("%1 %2= ?").arg(key, op)
              << QStringLiteral("(%1, c.id) %2 (?, ?)").arg(key, op);
        out.binds << after->key << after->key << after->id;
    }
    out.sql += whereClause(where);
    const QString order = query.descending ? QStringLiteral(" DESC") : QString();
    // The limit is the program's own number, written in: a page without filters then has no
    // parameters and runs as one statement (QPSQL prepares, executes and deallocates otherwise).
    out.sql += QStringLiteral(" ORDER BY ") + key + order + QStringLiteral(", c.id") + order +
               QStringLiteral(" LIMIT ") + QString::number(limit);
    return out;
}

LibrarySql libraryCountSql(const LibraryQuery& query)
{
    LibrarySql out;
    out.sql = QStringLiteral("SELECT count(*)") + fromClause(query, false);
    out.sql += whereClause(conditions(query, out.binds));
    return out;
}

} // namespace callqa::review
