#include "review/goals/goalrules.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::GoalRules", text);
}

constexpr double kWeekMs = 7.0 * 24 * 3600 * 1000;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

} // namespace

QString directionName(GoalDirection direction)
{
    return direction == GoalDirection::Raise ? QStringLiteral("raise") : QStringLiteral("lower");
}

std::optional<GoalDirection> directionFromName(const QString& name)
{
    if (name == QLatin1String("raise"))
        return GoalDirection::Raise;
    if (name == QLatin1String("lower"))
        return GoalDirection::Lower;
    return std::nullopt;
}

double goalWeeks(qint64 startMs, qint64 deadlineMs)
{
    return double(deadlineMs + kDayMs - startMs) / kWeekMs;
}

GoalCheck checkGoal(const GoalProposal& goal)
{
    GoalCheck check;
    const QLocale locale;
    if (!goal.deadlineMs)
        check.refusals << tr("A goal needs a deadline.");
    if (!goal.startMs)
        check.refusals << tr("A goal needs a start date.");
    if (goal.startMs && goal.deadlineMs && *goal.deadlineMs < *goal.startMs)
        check.refusals << tr("The deadline is before the start.");
    if (goal.metricRows == 0)
        check.refusals << tr("This workspace has no data for the metric yet, so progress could "
                             "never be measured (callqa metrics list).");
    if (!goal.baseline) {
        check.refusals << tr("A goal needs a baseline: a value, or a window to measure it over "
                             "that has data.");
        return check;
    }
    const double baseline = *goal.baseline;
    const bool raise = goal.direction == GoalDirection::Raise;
    if (raise ? goal.target <= baseline : goal.target >= baseline)
        check.refusals << (raise ? tr("To raise the metric, the target (%1) must be above the "
                                      "baseline (%2); the baseline already meets it.")
                                 : tr("To lower the metric, the target (%1) must be below the "
                                      "baseline (%2); the baseline already meets it."))
                              .arg(locale.toString(goal.target), locale.toString(baseline));
    if (!check.ok() || !goal.bestChangePerWeek)
        return check;
    const double needed =
        std::abs(goal.target - baseline) / goalWeeks(*goal.startMs, *goal.deadlineMs);
    if (needed > *goal.bestChangePerWeek)
        check.warnings << tr("Achievable? The target needs a change of %1 per week; the fastest "
                             "this scope has changed in an earlier window of the same length is "
                             "%2 per week.")
                              .arg(locale.toString(needed, 'g', 3),
                                   locale.toString(std::max(0.0, *goal.bestChangePerWeek), 'g', 3));
    return check;
}

} // namespace callqa::review
