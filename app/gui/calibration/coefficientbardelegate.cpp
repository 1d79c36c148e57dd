#include "app/gui/calibration/coefficientbardelegate.h"

#include "app/gui/calibration/itemagreementmodel.h"

#include <QPainter>

#include <algorithm>

namespace callqa::app {

namespace {

QColor bandColour(double value)
{
    if (value < 0.2)
        return QColor(0xd9, 0x53, 0x4f, 90);
    if (value < 0.4)
        return QColor(0xf0, 0xad, 0x4e, 90);
    if (value < 0.6)
        return QColor(0xe6, 0xd0, 0x4a, 90);
    if (value < 0.8)
        return QColor(0x8b, 0xc3, 0x4a, 90);
    return QColor(0x3c, 0x9d, 0x5d, 90);
}

} // namespace

void CoefficientBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    const QVariant value = index.data(ItemAgreementModel::CoefficientRole);
    if (value.isValid()) {
        const double v = std::clamp(value.toDouble(), -1.0, 1.0);
        const QRect cell = option.rect.adjusted(2, 3, -2, -3);
        const int middle = cell.left() + cell.width() / 2;
        const int length = int(v * (cell.width() / 2));
        const QRect bar = length >= 0 ? QRect(middle, cell.top(), length, cell.height())
                                      : QRect(middle + length, cell.top(), -length, cell.height());
        painter->save();
        painter->fillRect(bar, bandColour(v));
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->drawLine(middle, cell.top(), middle, cell.bottom());
        painter->restore();
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace callqa::app
