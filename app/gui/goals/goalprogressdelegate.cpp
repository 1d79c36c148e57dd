#include "app/gui/goals/goalprogressdelegate.h"

#include "app/gui/goals/goalprogressbar.h"
#include "app/gui/goals/goalsmodel.h"

#include <QColor>

#include <QPainter>

namespace callqa::app {

void GoalProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    const QVariant expected = index.data(GoalsModel::ShareExpectedRole);
    // A chosen row's highlight would hide the bar: there the bar goes over it, nearly opaque.
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    if (selected)
        QStyledItemDelegate::paint(painter, option, index);
    if (index.column() == GoalsModel::Progress && expected.isValid()) {
        const QVariant done = index.data(GoalsModel::ShareDoneRole);
        const QVariant low = index.data(GoalsModel::IntervalLowRole);
        const QVariant high = index.data(GoalsModel::IntervalHighRole);
        const ProgressBarGeometry bar = progressBarGeometry(
            option.rect.adjusted(2, 3, -2, -3),
            done.isValid() ? std::optional(done.toDouble()) : std::nullopt, expected.toDouble(),
            low.isValid() && high.isValid()
                ? std::optional(IntervalShares{low.toDouble(), high.toDouble()})
                : std::nullopt);
        QColor colour = index.data(GoalsModel::StatusColourRole).value<QColor>();
        colour.setAlpha(selected ? 210 : 110);
        painter->save();
        painter->fillRect(bar.fill, colour);
        if (!bar.band.isEmpty()) {
            QColor band = colour.darker(160);
            band.setAlpha(150);
            painter->fillRect(bar.band, band);
        }
        painter->setPen(QPen(option.palette.color(QPalette::WindowText), 2));
        painter->drawLine(bar.paceX, option.rect.top() + 1, bar.paceX, option.rect.bottom() - 1);
        painter->restore();
    }
    if (!selected)
        QStyledItemDelegate::paint(painter, option, index);
}

} // namespace callqa::app
