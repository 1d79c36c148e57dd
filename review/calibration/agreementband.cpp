#include "review/calibration/agreementband.h"

#include <QCoreApplication>

namespace callqa::review {

QString agreementBand(double coefficient)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("callqa::review::Agreement", text);
    };
    if (coefficient < 0)
        return tr("poor");
    if (coefficient <= 0.20)
        return tr("slight");
    if (coefficient <= 0.40)
        return tr("fair");
    if (coefficient <= 0.60)
        return tr("moderate");
    if (coefficient <= 0.80)
        return tr("substantial");
    return tr("almost perfect");
}

} // namespace callqa::review
