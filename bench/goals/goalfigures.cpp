#include "bench/goals/goalfigures.h"

#include <cmath>

namespace callqa::bench {

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-7 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

bool same(const review::MetricValue& a, const review::MetricValue& b)
{
    if (a.n != b.n || a.value.has_value() != b.value.has_value())
        return false;
    return !a.value || near(*a.value, *b.value);
}

bool same(const std::optional<review::Interval>& a, const std::optional<review::Interval>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (near(a->low, b->low) && near(a->high, b->high));
}

QString text(const review::MetricValue& v)
{
    return QStringLiteral("%1 (n %2)")
        .arg(v.value ? QString::number(*v.value, 'g', 10) : QStringLiteral("-"))
        .arg(v.n);
}

} // namespace

GoalFigures figuresOf(const review::GoalProgress& progress)
{
    GoalFigures f;
    f.current = progress.current;
    f.ci95 = progress.ci95;
    for (const review::TrendPoint& point : progress.trend)
        f.weeks << point.value;
    for (const review::AgentContribution& agent : progress.agents)
        f.agents.insert(agent.agentId, agent.value);
    return f;
}

FigureComparison compareFigures(const QHash<qint64, GoalFigures>& library,
                                const QHash<qint64, GoalFigures>& sql)
{
    FigureComparison out;
    out.goals = library.size();
    const auto differ = [&](qint64 goal, const QString& what) {
        ++out.differences;
        if (out.examples.size() < 10)
            out.examples << QStringLiteral("goal %1: %2").arg(goal).arg(what);
    };
    for (auto it = library.begin(); it != library.end(); ++it) {
        const auto other = sql.constFind(it.key());
        if (other == sql.constEnd()) {
            differ(it.key(), QStringLiteral("missing from the SQL figures"));
            continue;
        }
        const GoalFigures& a = it.value();
        const GoalFigures& b = *other;
        if (!same(a.current, b.current))
            differ(it.key(),
                   QStringLiteral("current %1 vs %2").arg(text(a.current), text(b.current)));
        if (!same(a.ci95, b.ci95))
            differ(it.key(), QStringLiteral("interval"));
        if (a.weeks.size() != b.weeks.size()) {
            differ(it.key(),
                   QStringLiteral("%1 weeks vs %2").arg(a.weeks.size()).arg(b.weeks.size()));
        } else {
            for (qsizetype w = 0; w < a.weeks.size(); ++w) {
                if (!same(a.weeks.at(w), b.weeks.at(w)))
                    differ(it.key(), QStringLiteral("week %1: %2 vs %3")
                                         .arg(w)
                                         .arg(text(a.weeks.at(w)), text(b.weeks.at(w))));
            }
        }
        if (a.agents.size() != b.agents.size())
            differ(it.key(),
                   QStringLiteral("%1 agents vs %2").arg(a.agents.size()).arg(b.agents.size()));
        for (auto agent = a.agents.begin(); agent != a.agents.end(); ++agent) {
            if (!same(agent.value(), b.agents.value(agent.key())))
                differ(it.key(), QStringLiteral("agent %1").arg(agent.key()));
        }
    }
    if (sql.size() != library.size())
        differ(0, QStringLiteral("%1 goals by SQL, %2 by the library")
                      .arg(sql.size())
                      .arg(library.size()));
    return out;
}

} // namespace callqa::bench
