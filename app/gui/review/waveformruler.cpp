#include "app/gui/review/waveformruler.h"

#include <array>

namespace callqa::app {

qint64 rulerStepMs(double msPerPixel, int labelWidthPx)
{
    static constexpr std::array<qint64, 17> kSteps = {
        100,   200,    500,    1000,   2000,   5000,    10000,   15000,  30000,
        60000, 120000, 300000, 600000, 900000, 1800000, 3600000, 7200000};
    const double needMs = msPerPixel * (labelWidthPx + 12);
    for (const qint64 step : kSteps)
        if (static_cast<double>(step) >= needMs)
            return step;
    return kSteps.back();
}

QString rulerLabel(qint64 ms, qint64 stepMs, bool withHours, const QLocale& locale)
{
    const QChar zero = locale.zeroDigit().at(0);
    const auto two = [&](qint64 v) { return locale.toString(v).rightJustified(2, zero); };
    const qint64 seconds = ms / 1000;
    QString text =
        withHours ? locale.toString(seconds / 3600) + QLatin1Char(':') + two((seconds / 60) % 60)
                  : locale.toString(seconds / 60);
    text += QLatin1Char(':') + two(seconds % 60);
    if (stepMs < 1000)
        text += locale.decimalPoint() + locale.toString((ms % 1000) / 100);
    return text;
}

} // namespace callqa::app
