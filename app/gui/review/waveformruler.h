#pragma once
// The time ruler's steps and labels: pure, so they are table-tested.

#include <QLocale>
#include <QString>

namespace callqa::app {

// The smallest "round" step (100 ms ... 1 h) whose labels, `labelWidthPx` wide, do not collide.
qint64 rulerStepMs(double msPerPixel, int labelWidthPx);

// "1:05", "1:05.5" (tenths when the step is under a second) or "1:01:05" (calls of an hour or
// more), with the locale's digits and decimal point.
QString rulerLabel(qint64 ms, qint64 stepMs, bool withHours, const QLocale& locale);

} // namespace callqa::app
