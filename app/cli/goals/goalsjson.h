#pragma once

#include "review/goals/goal.h"
#include "review/goals/goalprogress.h"

#include <QJsonObject>

namespace callqa::app {

QString goalsTr(const char* text);

// Locale-neutral JSON of a goal (its version in force), a task, and a goal's progress (the
// README's field names: id, scope, metric, baseline, target, current, ci95, n, share_done,
// share_expected, status, and more).
QJsonObject goalToJson(const review::Goal& goal);
QJsonObject taskToJson(const review::GoalTask& task);
QJsonObject progressToJson(const review::GoalProgress& progress);

} // namespace callqa::app
