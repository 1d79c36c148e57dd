#pragma once

#include "bench/goals/goalfigures.h"
#include "bench/goals/goalsworkspace.h"

namespace callqa::bench {

// The figures of every generated goal by hand-written SQL: one aggregate query per metric,
// grouped by agent, team and week over the goals' shared span, added up per goal here (the
// weeks of the window so far, each goal's agents, team or floor).
QHash<qint64, GoalFigures> sqlGoalFigures(review::Database& db, const GoalsCalendar& calendar,
                                          int repeatDays);

} // namespace callqa::bench
