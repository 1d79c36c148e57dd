#include "bench/goals/goalssql.h"

#include "review/goals/interval.h"
#include "review/metrics/countedevaluations.h"
#include "review/storage/database.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <vector>

namespace callqa::bench {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kWeekMs = 7 * kDayMs;

struct Cell {
    qint64 agent = 0;
    qint64 team = 0;
    int week = 0;
    qint64 n = 0;
    double sum = 0;
    double squares = 0;
};

struct Sums {
    qint64 n = 0;
    double sum = 0;
    double squares = 0;
    void add(const Cell& c)
    {
        n += c.n;
        sum += c.sum;
        squares += c.squares;
    }
};

// Rows of a metric as (agent, team, time, value): the FROM and WHERE a value is read with.
struct MetricSql {
    QString columns;
    QString from;
    bool mean = true;  // else a rate
    double lowest = 0; // a mean's range (its interval is clipped to it)
    double highest = std::numeric_limits<double>::infinity();
};

MetricSql sqlOf(const QString& metric, int repeatDays)
{
    const QString calls = QStringLiteral("COALESCE(c.agent_id, 0) AS agent, COALESCE(c.team_id, "
                                         "0) AS team, c.started_at AS t");
    const QString counted = review::countedEvaluationsCondition(QStringLiteral("e"));
    const QString evaluations =
        QStringLiteral("FROM evaluations e JOIN calls c ON c.id = e.call_id WHERE ") + counted +
        QStringLiteral(" AND c.started_at >= ? AND c.started_at < ?");
    const QString callMetrics = QStringLiteral("FROM call_metrics m JOIN calls c ON c.id = "
                                               "m.call_id WHERE c.started_at >= ? AND "
                                               "c.started_at < ?");
    if (metric == QLatin1String("qa_score"))
        return {calls + QStringLiteral(", e.overall_score"), evaluations, true, 0, 100};
    if (metric == QLatin1String("pass_rate"))
        return {calls + QStringLiteral(", CASE WHEN e.passed THEN 1 ELSE 0 END"), evaluations,
                false};
    if (metric == QLatin1String("item_compliance"))
        return {calls + QStringLiteral(", CASE a.answer_json WHEN '\"yes\"' THEN 1 WHEN '\"no\"' "
                                       "THEN 0 END"),
                QStringLiteral("FROM evaluation_answers a JOIN evaluations e ON e.id = "
                               "a.evaluation_id JOIN calls c ON c.id = e.call_id WHERE a.item_key "
                               "= 'item-3' AND ") +
                    counted + QStringLiteral(" AND c.started_at >= ? AND c.started_at < ?"),
                false};
    if (metric == QLatin1String("csat"))
        return {calls + QStringLiteral(", m.csat"), callMetrics, true, 1, 5};
    if (metric == QLatin1String("escalation_rate"))
        return {calls + QStringLiteral(", CASE WHEN m.escalated IS NULL THEN NULL WHEN "
                                       "m.escalated THEN 1 ELSE 0 END"),
                callMetrics, false};
    if (metric == QLatin1String("repeat_contact_rate"))
        return {calls + QStringLiteral(", CASE WHEN m.customer_id IS NULL THEN NULL WHEN EXISTS "
                                       "(SELECT 1 FROM call_metrics r JOIN calls rc ON rc.id = "
                                       "r.call_id WHERE r.customer_id = m.customer_id AND "
                                       "rc.started_at > c.started_at AND rc.started_at <= "
                                       "c.started_at + %1) THEN 1 ELSE 0 END")
                            .arg(qint64(repeatDays) * kDayMs),
                callMetrics, false};
    return {QStringLiteral("d.agent_id AS agent, COALESCE(d.team_id, 0) AS team, d.day_ms AS t, "
                           "d.customers_served"),
            QStringLiteral("FROM agent_days d WHERE d.day_ms >= ? AND d.day_ms < ?"), true};
}

std::vector<Cell> cellsOf(review::Database& db, const MetricSql& m, const GoalsCalendar& cal)
{
    std::vector<Cell> cells;
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT agent, team, (t - %1) / %2, count(v), sum(v), sum(v * v) FROM "
                       "(SELECT %3 AS v %4) x GROUP BY agent, team, (t - %1) / %2")
            .arg(cal.baselineFromMs)
            .arg(kWeekMs)
            .arg(m.columns, m.from),
        {cal.baselineFromMs, cal.nowMs});
    while (q.next())
        cells.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                         q.value(3).toLongLong(), q.value(4).toDouble(), q.value(5).toDouble()});
    return cells;
}

review::MetricValue valueOf(const Sums& s)
{
    review::MetricValue v;
    v.n = s.n;
    if (s.n > 0)
        v.value = s.sum / double(s.n);
    return v;
}

std::optional<review::Interval> intervalOf(const Sums& s, const MetricSql& m)
{
    if (!m.mean)
        return review::wilsonInterval(qint64(std::llround(s.sum)), s.n);
    if (s.n < 2)
        return std::nullopt;
    const double n = double(s.n);
    const double variance = (s.squares - s.sum * s.sum / n) / (n - 1);
    const double half =
        review::tQuantile975(int(s.n) - 1) * std::sqrt(std::max(0.0, variance)) / std::sqrt(n);
    return review::Interval{std::clamp(s.sum / n - half, m.lowest, m.highest),
                            std::clamp(s.sum / n + half, m.lowest, m.highest)};
}

} // namespace

QHash<qint64, GoalFigures> sqlGoalFigures(review::Database& db, const GoalsCalendar& cal,
                                          int repeatDays)
{
    QHash<QString, qint64> agentIds;
    QHash<qint64, QString> agentNames;
    QSqlQuery a = db.exec(QStringLiteral("SELECT id, external_id FROM agents"));
    while (a.next()) {
        agentIds.insert(a.value(1).toString(), a.value(0).toLongLong());
        agentNames.insert(a.value(0).toLongLong(), a.value(1).toString());
    }
    QHash<QString, qint64> teamIds;
    QSqlQuery t = db.exec(QStringLiteral("SELECT id, name FROM teams"));
    while (t.next())
        teamIds.insert(t.value(1).toString(), t.value(0).toLongLong());
    struct GoalRow {
        qint64 id;
        QString scope;
    };
    std::map<QString, std::vector<GoalRow>> goalsByMetric;
    QSqlQuery g = db.exec(QStringLiteral("SELECT id, scope, metric FROM goals ORDER BY id"));
    while (g.next())
        goalsByMetric[g.value(2).toString()].push_back(
            {g.value(0).toLongLong(), g.value(1).toString()});
    const int weeks = int((cal.nowMs - cal.baselineFromMs + kWeekMs - 1) / kWeekMs);
    const int firstCurrent = int((cal.startMs - cal.baselineFromMs) / kWeekMs);
    QHash<qint64, GoalFigures> out;
    for (const auto& [metric, goals] : goalsByMetric) {
        const MetricSql m = sqlOf(metric, repeatDays);
        const std::vector<Cell> cells = cellsOf(db, m, cal);
        QHash<qint64, std::vector<const Cell*>> byAgent;
        QHash<qint64, std::vector<const Cell*>> byTeam;
        std::vector<const Cell*> every;
        for (const Cell& c : cells) {
            byAgent[c.agent].push_back(&c);
            byTeam[c.team].push_back(&c);
            every.push_back(&c);
        }
        for (const GoalRow& goal : goals) {
            const std::vector<const Cell*>* mine = &every;
            static const std::vector<const Cell*> none;
            if (goal.scope.startsWith(QLatin1String("agent:"))) {
                const auto it = byAgent.constFind(agentIds.value(goal.scope.mid(6)));
                mine = it == byAgent.constEnd() ? &none : &*it;
            } else if (goal.scope.startsWith(QLatin1String("team:"))) {
                const auto it = byTeam.constFind(teamIds.value(goal.scope.mid(5)));
                mine = it == byTeam.constEnd() ? &none : &*it;
            }
            std::vector<Sums> byWeek(static_cast<size_t>(weeks));
            Sums current;
            std::map<qint64, Sums> agents;
            for (const Cell* c : *mine) {
                byWeek[size_t(c->week)].add(*c);
                if (c->week >= firstCurrent) {
                    current.add(*c);
                    agents[c->agent].add(*c);
                }
            }
            GoalFigures f;
            f.current = valueOf(current);
            f.ci95 = intervalOf(current, m);
            for (const Sums& s : byWeek)
                f.weeks << valueOf(s);
            for (const auto& [agent, sums] : agents)
                f.agents.insert(agentNames.value(agent), valueOf(sums));
            out.insert(goal.id, f);
        }
    }
    return out;
}

} // namespace callqa::bench
