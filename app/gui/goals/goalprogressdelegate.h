#pragma once

#include <QStyledItemDelegate>

namespace callqa::app {

// Draws the share done as a bar in the status colour behind the cell's text, and the pace marker
// (the share expected by now) as a line. Cells without GoalsModel::ShareExpectedRole are drawn
// as usual.
class GoalProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace callqa::app
