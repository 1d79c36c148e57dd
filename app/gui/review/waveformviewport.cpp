#include "app/gui/review/waveformviewport.h"

#include <algorithm>

namespace callqa::app {

WaveformViewport WaveformViewport::wholeCall(qint64 durationMs, int width)
{
    WaveformViewport view;
    view.width = width;
    view.durationMs = durationMs;
    view.msPerPixel = view.maxMsPerPixel();
    return view;
}

double WaveformViewport::maxMsPerPixel() const
{
    const int w = std::max(width, 1);
    return std::max(static_cast<double>(durationMs), 1.0) / w;
}

double WaveformViewport::minMsPerPixel() const
{
    return std::min(kClosestSpanMs / std::max(width, 1), maxMsPerPixel());
}

WaveformViewport WaveformViewport::clamped() const
{
    WaveformViewport view = *this;
    view.msPerPixel = std::clamp(msPerPixel, minMsPerPixel(), maxMsPerPixel());
    const double last = std::max(0.0, static_cast<double>(durationMs) - view.visibleMs());
    view.startMs = std::clamp(startMs, 0.0, last);
    return view;
}

WaveformViewport WaveformViewport::zoomed(double factor, double anchorX) const
{
    if (!(factor > 0))
        return *this;
    const double anchorMs = msForX(anchorX);
    WaveformViewport view = *this;
    view.msPerPixel = std::clamp(msPerPixel / factor, minMsPerPixel(), maxMsPerPixel());
    view.startMs = anchorMs - anchorX * view.msPerPixel;
    return view.clamped();
}

WaveformViewport WaveformViewport::scrolledBy(double pixels) const
{
    WaveformViewport view = *this;
    view.startMs += pixels * msPerPixel;
    return view.clamped();
}

WaveformViewport WaveformViewport::resized(int newWidth) const
{
    if (showsWholeCall())
        return wholeCall(durationMs, newWidth);
    WaveformViewport view = *this;
    view.width = newWidth;
    return view.clamped();
}

} // namespace callqa::app
