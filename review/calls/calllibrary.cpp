#include "review/calls/calllibrary.h"

#include "review/queues/doublescoreblind.h"

#include "review/storage/database.h"
#include "review/textfold.h"

namespace callqa::review {

namespace {

// No stored text holds a NUL (PostgreSQL cannot), so a filter with one matches nothing.
bool matchesNothing(const CallFilter& filter)
{
    return filter.agentExternalId.contains(QChar(0)) || filter.team.contains(QChar(0)) ||
           (filter.limit && *filter.limit < 1);
}

// The WHERE conditions of the filter, after "WHERE 1 = 1".
QString filterConditions(const CallFilter& filter, QVariantList& binds)
{
    QString sql;
    if (filter.callId) {
        sql += QStringLiteral(" AND c.id = ?");
        binds << *filter.callId;
    }
    if (!filter.agentExternalId.isEmpty()) {
        sql += QStringLiteral(" AND a.external_id = ?");
        binds << filter.agentExternalId;
    }
    if (!filter.team.isEmpty()) {
        sql += QStringLiteral(" AND t.name_folded = ?");
        binds << foldForSearch(filter.team);
    }
    return sql;
}

} // namespace

QString scoreHiddenCondition(const QList<qint64>& callIds)
{
    if (callIds.isEmpty())
        return {};
    QStringList ids;
    for (const qint64 id : callIds)
        ids << QString::number(id);
    return QStringLiteral(" AND l.call_id NOT IN (") + ids.join(QLatin1Char(',')) +
           QLatin1Char(')');
}

QString recordingLabel(const CallSummary& call)
{
    if (call.secondLegPath.isEmpty())
        return call.relativePath;
    return call.relativePath + QStringLiteral(" + ") + call.secondLegPath;
}

QString callSummaryColumns()
{
    return QStringLiteral("c.id, c.external_id, c.relative_path, c.codec, c.channels, "
                          "c.duration_ms, c.started_at, a.name, t.name, c.direction, c.queue, "
                          "c.missing, c.second_leg_path");
}

CallSummary readCallSummary(const QSqlQuery& q)
{
    CallSummary call;
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
    call.secondLegPath = q.value(12).toString();
    return call;
}

QList<CallSummary> listCalls(Database& db, const CallFilter& filter)
{
    if (matchesNothing(filter))
        return {};
    QString sql =
        QStringLiteral("SELECT ") + callSummaryColumns() +
        QStringLiteral(
            ", e.id, e.overall_score, e.passed, e.critical_fail "
            "FROM calls c LEFT JOIN agents a ON a.id = c.agent_id "
            "LEFT JOIN teams t ON t.id = c.team_id "
            "LEFT JOIN evaluations e ON ? AND e.id = (SELECT max(l.id) FROM evaluations l "
            "WHERE l.call_id = c.id AND l.status = 'submitted'") +
        scoreHiddenCondition(filter.scoreHiddenCallIds) + QStringLiteral(") WHERE 1 = 1");
    QVariantList binds{filter.withScores};
    sql += filterConditions(filter, binds);
    sql += QStringLiteral(" ORDER BY c.started_at DESC, c.id DESC");
    if (filter.limit) {
        sql += QStringLiteral(" LIMIT ?");
        binds << *filter.limit;
    }
    QList<CallSummary> calls;
    QSqlQuery q = db.exec(sql, binds);
    while (q.next()) {
        CallSummary call = readCallSummary(q);
        constexpr int e = kCallSummaryColumns;
        if (!q.value(e).isNull()) {
            if (!q.value(e + 1).isNull())
                call.score = q.value(e + 1).toDouble();
            call.passed = q.value(e + 2).toBool();
            call.criticalFail = q.value(e + 3).toBool();
        }
        calls << call;
    }
    return calls;
}

Result<QList<CallSummary>> listCalls(Database& db, const Actor& actor, const CallFilter& filter)
{
    using R = Result<QList<CallSummary>>;
    if (const Status allowed = authorize(actor, Action::ReadCalls); !allowed)
        return R::failure(allowed.error());
    CallFilter scored = filter;
    scored.withScores = authorize(actor, Action::ReadAllEvaluations).ok();
    try {
        if (scored.withScores)
            scored.scoreHiddenCallIds =
                callsWithScoresHidden(doubleScoresOf(db, actor.login), actor.login);
        return listCalls(db, scored);
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

qint64 countCalls(Database& db, const CallFilter& filter)
{
    CallFilter unlimited = filter;
    unlimited.limit.reset();
    if (matchesNothing(unlimited))
        return 0;
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT count(*) FROM calls c LEFT JOIN agents a ON a.id = "
                                       "c.agent_id LEFT JOIN teams t ON t.id = c.team_id WHERE "
                                       "1 = 1") +
                        filterConditions(unlimited, binds);
    return db.scalar(sql, binds).toLongLong();
}

Result<qint64> countCalls(Database& db, const Actor& actor, const CallFilter& filter)
{
    if (const Status allowed = authorize(actor, Action::ReadCalls); !allowed)
        return Result<qint64>::failure(allowed.error());
    try {
        return countCalls(db, filter);
    } catch (const DbError& error) {
        return Result<qint64>::failure(error.message());
    }
}

} // namespace callqa::review
