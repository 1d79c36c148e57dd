#pragma once

#include <QStyledItemDelegate>

namespace callqa::app {

// Draws a coefficient as a bar behind its text: from the cell's middle (0) to the right for
// positive values (1 fills the right half), to the left for negative ones, coloured by Landis &
// Koch's band. Cells without ItemAgreementModel::CoefficientRole are drawn as usual.
class CoefficientBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace callqa::app
