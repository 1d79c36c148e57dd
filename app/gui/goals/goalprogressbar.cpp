#include "app/gui/goals/goalprogressbar.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace callqa::app {

std::optional<IntervalShares> intervalShares(double baseline, double target,
                                             const std::optional<review::Interval>& ci95)
{
    if (!ci95 || target == baseline)
        return std::nullopt;
    const double a = (ci95->low - baseline) / (target - baseline);
    const double b = (ci95->high - baseline) / (target - baseline);
    return IntervalShares{std::min(a, b), std::max(a, b)};
}

ProgressBarGeometry progressBarGeometry(const QRect& cell, std::optional<double> shareDone,
                                        double shareExpected,
                                        std::optional<IntervalShares> interval)
{
    const auto offset = [&](double share) {
        return int(std::lround(std::clamp(share, 0.0, 1.0) * cell.width()));
    };
    ProgressBarGeometry out;
    out.fill = QRect(cell.left(), cell.top(), shareDone ? offset(*shareDone) : 0, cell.height());
    out.paceX = cell.left() + std::min(offset(shareExpected), std::max(cell.width() - 1, 0));
    if (interval) {
        // A third of the bar's height in the middle, so the fill and the pace stay readable.
        const int low = offset(interval->low);
        const int high = std::max(offset(interval->high), low + 1);
        out.band = QRect(cell.left() + low, cell.top() + cell.height() / 3, high - low,
                         std::max(1, cell.height() / 3));
    }
    return out;
}

QColor statusColour(review::GoalStatus status)
{
    using S = review::GoalStatus;
    switch (status) {
    case S::Achieved:
        return QColor(0x2e, 0x8b, 0x57);
    case S::OnTrack:
        return QColor(0x6a, 0xb0, 0x4c);
    case S::AtRisk:
        return QColor(0xe0, 0x9a, 0x2a);
    case S::Missed:
        return QColor(0xc8, 0x3c, 0x3c);
    case S::NotStarted:
    case S::NotEnoughData:
        break;
    }
    return QColor(0x9a, 0x9a, 0x9a);
}

QString statusText(review::GoalStatus status)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("callqa::app::Goals", text);
    };
    using S = review::GoalStatus;
    switch (status) {
    case S::NotStarted:
        return tr("not started");
    case S::OnTrack:
        return tr("on track");
    case S::AtRisk:
        return tr("at risk");
    case S::Achieved:
        return tr("achieved");
    case S::Missed:
        return tr("missed");
    case S::NotEnoughData:
        return tr("not enough data");
    }
    return {};
}

} // namespace callqa::app
