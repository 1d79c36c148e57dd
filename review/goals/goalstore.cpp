#include "review/goals/goalstore.h"

#include "review/agents/directory.h"
#include "review/audit/auditlog.h"
#include "review/auth/refusal.h"
#include "review/metrics/metriccatalog.h"
#include "review/metrics/metricdata.h"
#include "review/metrics/metricrollup.h"
#include "review/storage/changenotice.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::GoalStore", text);
}

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kHistoryWindows = 8;

QVariant nullableLong(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> longOf(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QList<Goal> readGoals(Database& db, const QString& where, const QVariantList& binds)
{
    QList<Goal> goals;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, scope, metric, item_key, direction, baseline, "
                                         "baseline_from, baseline_to, baseline_note FROM goals ") +
                              where + QStringLiteral(" ORDER BY id"),
                          binds);
    while (q.next()) {
        Goal g;
        g.id = q.value(0).toLongLong();
        g.scope = parseMetricScope(q.value(1).toString()).value_or(MetricScope{});
        g.metric = q.value(2).toString();
        g.itemKey = q.value(3).toString();
        g.direction = directionFromName(q.value(4).toString()).value_or(GoalDirection::Raise);
        g.baseline = q.value(5).toDouble();
        g.baselineFromMs = longOf(q.value(6));
        g.baselineToMs = longOf(q.value(7));
        g.baselineNote = q.value(8).toString();
        goals << g;
    }
    // The versions of every goal read in one query: a query per goal costs a round trip each.
    QHash<qint64, qsizetype> byId;
    for (qsizetype i = 0; i < goals.size(); ++i)
        byId.insert(goals.at(i).id, i);
    const QString versionsWhere = where.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" WHERE goal_id IN (SELECT id FROM goals ") +
                                            where + QStringLiteral(")");
    QSqlQuery v = db.exec(QStringLiteral("SELECT goal_id, version, target, start_ms, deadline_ms, "
                                         "owner, why, reason, changed_by, changed_at FROM "
                                         "goal_versions") +
                              versionsWhere + QStringLiteral(" ORDER BY goal_id, version"),
                          binds);
    while (v.next()) {
        const auto at = byId.constFind(v.value(0).toLongLong());
        if (at == byId.constEnd())
            continue;
        goals[*at].versions << GoalVersion{
            v.value(1).toInt(),      v.value(2).toDouble(), v.value(3).toLongLong(),
            v.value(4).toLongLong(), v.value(5).toString(), v.value(6).toString(),
            v.value(7).toString(),   v.value(8).toString(), v.value(9).toLongLong()};
    }
    for (Goal& g : goals) {
        if (!g.versions.isEmpty())
            g.current = g.versions.last();
    }
    return goals;
}

// Scopes an agent may see goals of: their own and their current team's; empty: all.
std::optional<QStringList> visibleScopes(Database& db, const Actor& actor)
{
    if (authorize(actor, Action::ReadAllEvaluations) || authorize(actor, Action::ManageGoals))
        return std::nullopt;
    QStringList scopes;
    if (!actor.agentId)
        return scopes;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT a.external_id, t.name FROM agents a LEFT JOIN agent_teams "
                               "m ON m.agent_id = a.id AND m.to_ms IS NULL LEFT JOIN teams t ON "
                               "t.id = m.team_id WHERE a.id = ?"),
                {*actor.agentId});
    while (q.next()) {
        scopes << QStringLiteral("agent:") + q.value(0).toString();
        if (!q.value(1).isNull())
            scopes << QStringLiteral("team:") + q.value(1).toString();
    }
    return scopes;
}

// The fastest change per week, in the goal's direction, between consecutive windows of the
// goal's length before its start.
std::optional<double> bestChangePerWeek(Workspace& workspace, const Actor& actor,
                                        const MetricQuery& base, GoalDirection direction,
                                        qint64 startMs, qint64 lengthMs)
{
    QList<double> values; // newest window first
    for (int k = 1; k <= kHistoryWindows; ++k) {
        MetricQuery query = base;
        query.window = {startMs - k * lengthMs, startMs - (k - 1) * lengthMs};
        const auto rollup = MetricRollups(workspace, actor).compute(query);
        if (!rollup || !rollup->value.value || rollup->value.n == 0)
            break;
        values << *rollup->value.value;
    }
    std::optional<double> best;
    const double weeks = double(lengthMs) / (7.0 * kDayMs);
    for (qsizetype i = 0; i + 1 < values.size(); ++i) {
        const double change = (values.at(i) - values.at(i + 1)) *
                              (direction == GoalDirection::Raise ? 1.0 : -1.0) / weeks;
        best = best ? std::max(*best, change) : change;
    }
    return best;
}

void writeVersion(Database& db, qint64 goalId, const GoalVersion& v)
{
    db.exec(QStringLiteral("INSERT INTO goal_versions (goal_id, version, target, start_ms, "
                           "deadline_ms, owner, why, reason, changed_by, changed_at) VALUES (?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?)"),
            {goalId, v.version, v.target, v.startMs, v.deadlineMs, v.owner, v.why, v.reason,
             v.changedBy, v.changedAt});
}

} // namespace

GoalStore::GoalStore(Workspace& workspace, Actor actor)
    : m_workspace(workspace), m_actor(std::move(actor))
{
}

Result<GoalAdded> GoalStore::add(const NewGoal& goal)
{
    using R = Result<GoalAdded>;
    if (const Status allowed = authorize(m_actor, Action::ManageGoals); !allowed)
        return R::failure(allowed.error());
    std::optional<MetricScope> scope = parseMetricScope(goal.scope);
    if (!scope)
        return R::failure(
            tr("\"%1\" is not a scope: say agent:ID, team:NAME or floor.").arg(goal.scope));
    try {
        // Stored under the directory's own spelling, so an agent finds their team's goals.
        Directory directory(m_workspace.db());
        if (scope->kind == MetricScope::Kind::Team) {
            const std::optional<Team> team = directory.findTeam(scope->ref);
            if (!team)
                return R::failure(tr("There is no team \"%1\".").arg(scope->ref));
            scope->ref = team->name;
        } else if (scope->kind == MetricScope::Kind::Agent) {
            if (!directory.findAgent(scope->ref))
                return R::failure(tr("There is no agent %1.").arg(scope->ref));
        }
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
    const MetricInfo* metric = findMetric(goal.metric);
    if (!metric)
        return R::failure(tr("There is no metric \"%1\" (callqa metrics list).").arg(goal.metric));
    if (metric->needsItem && goal.itemKey.isEmpty())
        return R::failure(tr("%1 needs an item key (--item KEY).").arg(metric->id));
    const std::optional<GoalDirection> direction = directionFromName(goal.direction);
    if (!direction)
        return R::failure(tr("The direction is raise or lower, not \"%1\".").arg(goal.direction));
    if (goal.why.trimmed().isEmpty())
        return R::failure(tr("Say why (--why): the explanation the team sees."));
    const std::optional<qint64> start = parseDay(goal.start);
    const std::optional<qint64> deadline = parseDay(goal.deadline);
    if (!goal.start.isEmpty() && !start)
        return R::failure(tr("The start \"%1\" is not a date (YYYY-MM-DD).").arg(goal.start));
    if (!goal.deadline.isEmpty() && !deadline)
        return R::failure(tr("The deadline \"%1\" is not a date (YYYY-MM-DD).").arg(goal.deadline));

    MetricQuery query{metric->id, goal.itemKey, *scope, {}};
    GoalProposal proposal;
    proposal.direction = *direction;
    proposal.target = goal.target;
    proposal.startMs = start;
    proposal.deadlineMs = deadline;
    proposal.baseline = goal.baseline;
    std::optional<DateWindow> baselineWindow;
    try {
        proposal.metricRows = metricRowCount(m_workspace.db(), *metric);
        if (!goal.baseline) {
            baselineWindow = parseDayWindow(goal.baselineFrom, goal.baselineTo);
            if (!baselineWindow)
                return R::failure(tr("Give --baseline VALUE, or --baseline-from DATE and "
                                     "--baseline-to DATE (YYYY-MM-DD, in order)."));
            query.window = *baselineWindow;
            const auto measured = MetricRollups(m_workspace, m_actor).compute(query);
            if (!measured)
                return R::failure(measured.error());
            if (!measured->value.value || measured->value.n == 0)
                return R::failure(
                    tr("%1 has no data for %2 from %3 to %4 to measure a baseline "
                       "over.")
                        .arg(metric->id, scope->toText(), goal.baselineFrom, goal.baselineTo));
            proposal.baseline = measured->value.value;
        }
        if (start && deadline && *deadline >= *start)
            proposal.bestChangePerWeek = bestChangePerWeek(m_workspace, m_actor, query, *direction,
                                                           *start, *deadline + kDayMs - *start);
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
    const GoalCheck check = checkGoal(proposal);
    if (!check.ok())
        return R::failure(check.refusals.join(QLatin1Char('\n')));

    GoalAdded added;
    added.baseline = *proposal.baseline;
    added.warnings = check.warnings;
    Database& db = m_workspace.db();
    const Status status = db.transact([&] {
        const qint64 now = m_workspace.now();
        added.id = db.insert(
            QStringLiteral("INSERT INTO goals (scope, metric, item_key, direction, baseline, "
                           "baseline_from, baseline_to, baseline_note, created_by, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {scope->toText(), metric->id, goal.itemKey, directionName(*direction),
             *proposal.baseline,
             nullableLong(baselineWindow ? std::optional(baselineWindow->fromMs) : std::nullopt),
             nullableLong(baselineWindow ? std::optional(baselineWindow->toMs) : std::nullopt),
             goal.baselineNote, m_actor.login, now});
        writeVersion(
            db, added.id,
            {1, goal.target, *start, *deadline, goal.owner, goal.why, {}, m_actor.login, now});
        appendAudit(db, now,
                    {m_actor.login, QStringLiteral("goal.add"), QStringLiteral("goal"),
                     QString::number(added.id),
                     QJsonObject{{QStringLiteral("scope"), scope->toText()},
                                 {QStringLiteral("metric"), metric->id},
                                 {QStringLiteral("baseline"), *proposal.baseline},
                                 {QStringLiteral("target"), goal.target}}});
        announceChange(db, QStringLiteral("goals"));
    });
    if (!status)
        return R::failure(status.error());
    return added;
}

Result<Goal> GoalStore::adjust(qint64 goalId, const GoalAdjustment& adjustment)
{
    using R = Result<Goal>;
    if (const Status allowed = authorize(m_actor, Action::ManageGoals); !allowed)
        return R::failure(allowed.error());
    if (adjustment.reason.trimmed().isEmpty())
        return R::failure(tr("Say why the goal changes (--reason)."));
    const std::optional<qint64> deadline =
        adjustment.deadline.isEmpty() ? std::nullopt : parseDay(adjustment.deadline);
    if (!adjustment.deadline.isEmpty() && !deadline)
        return R::failure(
            tr("The deadline \"%1\" is not a date (YYYY-MM-DD).").arg(adjustment.deadline));
    Goal adjusted;
    Database& db = m_workspace.db();
    const Status status = transactRefusable(db, [&] {
        const QList<Goal> found =
            readGoals(db, QStringLiteral("WHERE id = ?"), QVariantList{goalId});
        if (found.isEmpty())
            throw Refusal{tr("There is no goal %1.").arg(goalId)};
        adjusted = found.first();
        GoalVersion next = adjusted.current;
        next.version += 1;
        if (adjustment.target)
            next.target = *adjustment.target;
        if (deadline)
            next.deadlineMs = *deadline;
        if (adjustment.owner)
            next.owner = *adjustment.owner;
        next.reason = adjustment.reason;
        next.changedBy = m_actor.login;
        next.changedAt = m_workspace.now();
        GoalProposal proposal{adjusted.direction, adjusted.baseline, next.target,
                              next.startMs,       next.deadlineMs,   1,
                              std::nullopt};
        const GoalCheck check = checkGoal(proposal);
        if (!check.ok())
            throw Refusal{check.refusals.join(QLatin1Char('\n'))};
        writeVersion(db, goalId, next);
        appendAudit(db, next.changedAt,
                    {m_actor.login, QStringLiteral("goal.adjust"), QStringLiteral("goal"),
                     QString::number(goalId),
                     QJsonObject{{QStringLiteral("version"), next.version},
                                 {QStringLiteral("target"), next.target},
                                 {QStringLiteral("reason"), next.reason}}});
        announceChange(db, QStringLiteral("goals"));
        adjusted.versions << next;
        adjusted.current = next;
    });
    if (!status)
        return R::failure(status.error());
    return adjusted;
}

Result<QList<Goal>> GoalStore::list()
{
    using R = Result<QList<Goal>>;
    try {
        Database& db = m_workspace.db();
        const std::optional<QStringList> scopes = visibleScopes(db, m_actor);
        QList<Goal> goals = readGoals(db, {}, {});
        if (scopes)
            goals.removeIf([&](const Goal& g) { return !scopes->contains(g.scope.toText()); });
        return goals;
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

Result<Goal> GoalStore::find(qint64 goalId)
{
    using R = Result<Goal>;
    try {
        Database& db = m_workspace.db();
        const QList<Goal> found = readGoals(db, QStringLiteral("WHERE id = ?"), {goalId});
        const std::optional<QStringList> scopes = visibleScopes(db, m_actor);
        if (found.isEmpty() || (scopes && !scopes->contains(found.first().scope.toText())))
            return R::failure(tr("There is no goal %1 that you may see.").arg(goalId));
        return found.first();
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

} // namespace callqa::review
