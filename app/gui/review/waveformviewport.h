#pragma once
// The visible stretch of a call: where it starts and how many milliseconds one (logical) pixel
// spans. Time always runs left to right, whatever the layout direction: a waveform is a time axis,
// not text. Pure values so zoom and scroll rules are table-tested without a widget.

#include <QtGlobal>

namespace callqa::app {

struct WaveformViewport {
    double startMs = 0;
    double msPerPixel = 1;
    int width = 0;         // logical pixels
    qint64 durationMs = 0; // the whole call

    static constexpr double kClosestSpanMs = 2000; // the closest zoom shows about 2 s

    static WaveformViewport wholeCall(qint64 durationMs, int width);

    double xForMs(double ms) const { return (ms - startMs) / msPerPixel; }
    double msForX(double x) const { return startMs + x * msPerPixel; }
    double visibleMs() const { return msPerPixel * width; }
    double maxMsPerPixel() const; // the whole call fills the width
    double minMsPerPixel() const; // about 2 s on the width (or the whole call when shorter)
    bool showsWholeCall() const { return msPerPixel >= maxMsPerPixel(); }

    // Scale limited to [minMsPerPixel, maxMsPerPixel], start to [0, duration - visible].
    WaveformViewport clamped() const;
    // Zoom by `factor` (> 1 zooms in) keeping the time under `anchorX` where it is, unless the
    // view would leave the call (then it stops at the call's edge).
    WaveformViewport zoomed(double factor, double anchorX) const;
    WaveformViewport scrolledBy(double pixels) const;
    WaveformViewport resized(int newWidth) const; // keeps the scale, or the whole call in view
};

} // namespace callqa::app
