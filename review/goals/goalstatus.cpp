#include "review/goals/goalstatus.h"

#include <algorithm>

namespace callqa::review {

QString statusName(GoalStatus status)
{
    switch (status) {
    case GoalStatus::NotStarted:
        return QStringLiteral("not_started");
    case GoalStatus::OnTrack:
        return QStringLiteral("on_track");
    case GoalStatus::AtRisk:
        return QStringLiteral("at_risk");
    case GoalStatus::Achieved:
        return QStringLiteral("achieved");
    case GoalStatus::Missed:
        return QStringLiteral("missed");
    case GoalStatus::NotEnoughData:
        break;
    }
    return QStringLiteral("not_enough_data");
}

qsizetype minimumRows(Aggregate aggregate)
{
    switch (aggregate) {
    case Aggregate::Rate:
    case Aggregate::Percent:
        return 20;
    case Aggregate::Mean:
    case Aggregate::Median:
        return 10;
    case Aggregate::Count:
        break;
    }
    return 1;
}

ProgressJudgement judgeProgress(const ProgressFacts& f)
{
    ProgressJudgement out;
    const double span = double(std::max<qint64>(1, f.endMs - f.startMs));
    out.shareExpected = std::clamp(double(f.nowMs - f.startMs) / span, 0.0, 1.0);
    if (f.current && f.target != f.baseline)
        out.shareDone = (*f.current - f.baseline) / (f.target - f.baseline);
    if (f.nowMs < f.startMs) {
        out.status = GoalStatus::NotStarted;
        return out;
    }
    if (!f.current || f.n < f.minimumN) {
        out.status = GoalStatus::NotEnoughData;
        return out;
    }
    const bool raise = f.direction == GoalDirection::Raise;
    if (raise ? *f.current >= f.target : *f.current <= f.target) {
        out.status = GoalStatus::Achieved;
        return out;
    }
    if (f.nowMs >= f.endMs) {
        out.status = GoalStatus::Missed;
        return out;
    }
    const double lowEnd = std::min(f.baseline, f.target);
    const double highEnd = std::max(f.baseline, f.target);
    if (f.ci95 && f.ci95->low <= lowEnd && f.ci95->high >= highEnd) {
        out.status = GoalStatus::NotEnoughData;
        return out;
    }
    out.status =
        out.shareDone.value_or(0) >= out.shareExpected ? GoalStatus::OnTrack : GoalStatus::AtRisk;
    return out;
}

} // namespace callqa::review
