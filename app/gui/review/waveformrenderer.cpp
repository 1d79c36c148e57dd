#include "app/gui/review/waveformrenderer.h"

#include "app/gui/review/waveformruler.h"
#include "audio/core/peakpyramid.h"

#include <QFontMetrics>
#include <QLine>
#include <QPainter>

#include <cmath>

namespace callqa::app {

namespace {

void drawRuler(QPainter& p, const WaveformScene& s)
{
    p.fillRect(s.ruler, s.palette.window());
    p.setPen(s.palette.color(QPalette::Mid));
    p.drawLine(s.ruler.bottomLeft(), s.ruler.bottomRight());
    const QFontMetrics metrics(s.font);
    const bool hours = s.view.durationMs >= 3600 * 1000;
    const int labelWidth =
        metrics.horizontalAdvance(rulerLabel(hours ? 36000500 : 3000500, 100, hours, s.locale));
    const qint64 step = rulerStepMs(s.view.msPerPixel, labelWidth);
    const qint64 half = step / 2;
    const double end = s.view.msForX(s.view.width);
    p.setFont(s.font);
    for (qint64 t = static_cast<qint64>(std::floor(s.view.startMs / half)) * half; t <= end;
         t += half) {
        const int x = static_cast<int>(std::floor(s.view.xForMs(static_cast<double>(t))));
        const bool major = t % step == 0;
        p.setPen(s.palette.color(QPalette::WindowText));
        p.drawLine(x, s.ruler.bottom() - (major ? 6 : 3), x, s.ruler.bottom());
        if (major && x + 3 + labelWidth <= s.ruler.right()) // no label cut by the edge
            p.drawText(QRect(x + 3, s.ruler.top(), labelWidth + 12, s.ruler.height() - 4),
                       Qt::AlignLeft | Qt::AlignVCenter, rulerLabel(t, step, hours, s.locale));
    }
}

void drawSpans(QPainter& p, const WaveformScene& s, const QRect& lanes)
{
    if (!s.spans)
        return;
    const double end = s.view.msForX(s.view.width);
    for (const WaveformSpan& span : *s.spans) {
        if (static_cast<double>(span.endMs) < s.view.startMs)
            continue;
        if (static_cast<double>(span.startMs) > end)
            break;
        const double x0 = std::floor(s.view.xForMs(static_cast<double>(span.startMs)));
        const double x1 = std::floor(s.view.xForMs(static_cast<double>(span.endMs)));
        p.fillRect(QRectF(x0, lanes.top(), std::max(x1 - x0, 1.0), lanes.height()),
                   WaveformRenderer::spanColor(span.kind));
    }
}

// One vertical line per device column, min to max, in device pixels with one pen: the cheapest
// QPainter path for this (no antialiasing, one drawLines batch per lane).
void drawLanes(QPainter& p, const WaveformScene& s, qreal dpr, int deviceWidth)
{
    if (!s.pyramid || s.pyramid->channels() == 0 || s.sampleRate <= 0)
        return;
    const double framesPerMs = s.sampleRate / 1000.0;
    const audio::PeakColumns columns = s.pyramid->query(
        {s.view.startMs * framesPerMs, s.view.msPerPixel / dpr * framesPerMs, deviceWidth});
    p.save();
    p.scale(1 / dpr, 1 / dpr);
    std::vector<QLine> lines;
    lines.reserve(static_cast<std::size_t>(deviceWidth));
    for (std::size_t i = 0; i < s.lanes.size(); ++i) {
        const WaveformLane& lane = s.lanes[i];
        if (lane.channel >= columns.channels)
            continue;
        const int top = static_cast<int>(std::lround(lane.rect.top() * dpr));
        const int bottom = static_cast<int>(std::lround((lane.rect.bottom() + 1) * dpr)) - 1;
        const double middle = (top + bottom) / 2.0;
        const double half = (bottom - top) / 2.0;
        lines.clear();
        for (int x = 0; x < deviceWidth; ++x) {
            if (columns.empty(x, lane.channel))
                continue;
            const int y0 = static_cast<int>(
                std::lround(middle - columns.max(x, lane.channel) * half / 32767.0));
            const int y1 = static_cast<int>(
                std::lround(middle - columns.min(x, lane.channel) * half / 32767.0));
            lines.emplace_back(x, y0, x, std::max(y1, y0));
        }
        p.setPen(QPen(WaveformRenderer::laneColor(static_cast<int>(i)), 0));
        p.drawLines(lines.data(), static_cast<int>(lines.size()));
    }
    p.restore();
}

void drawPlaceholder(QPainter& p, const WaveformScene& s, const QRect& lanes)
{
    const double x = std::max(0.0, std::floor(s.view.xForMs(static_cast<double>(s.computedMs))));
    if (s.computedMs >= s.view.durationMs && s.view.durationMs > 0)
        return;
    if (x >= lanes.right())
        return;
    const QRectF rest(x, lanes.top(), lanes.right() + 1 - x, lanes.height());
    p.fillRect(rest, QBrush(s.palette.color(QPalette::Mid), Qt::BDiagPattern));
    const QFontMetrics metrics(s.font);
    if (rest.width() > metrics.horizontalAdvance(s.placeholder) + 16) {
        p.setPen(s.palette.color(QPalette::Text));
        p.drawText(rest, Qt::AlignCenter, s.placeholder);
    }
}

void drawLabels(QPainter& p, const WaveformScene& s)
{
    const QFontMetrics metrics(s.font);
    for (const WaveformLane& lane : s.lanes) {
        const int width = metrics.horizontalAdvance(lane.label) + 8;
        const QRect box(s.labelsAtRight ? lane.rect.right() - width - 4 : lane.rect.left() + 4,
                        lane.rect.top() + 3, width, metrics.height() + 2);
        QColor back = s.palette.color(QPalette::Base);
        back.setAlpha(200);
        p.fillRect(box, back);
        p.setPen(s.palette.color(QPalette::Text));
        p.drawText(box, Qt::AlignCenter, lane.label);
    }
}

} // namespace

QColor WaveformRenderer::laneColor(int lane)
{
    return lane == 0 ? QColor(0x2a, 0x6f, 0xdb) : QColor(0x17, 0x94, 0x54);
}

QColor WaveformRenderer::spanColor(WaveformSpan::Kind kind)
{
    return kind == WaveformSpan::Kind::Overtalk ? QColor(0xf0, 0x80, 0x00, 0x60)
                                                : QColor(0x70, 0x70, 0x70, 0x48);
}

QImage WaveformRenderer::render(const WaveformScene& s, QSize size, qreal dpr)
{
    const QSize device(static_cast<int>(std::ceil(size.width() * dpr)),
                       static_cast<int>(std::ceil(size.height() * dpr)));
    QImage image(device, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    QPainter p(&image);
    p.fillRect(QRect(QPoint(0, 0), size), s.palette.base());
    drawRuler(p, s);
    QRect lanes;
    for (const WaveformLane& lane : s.lanes)
        lanes = lanes.united(lane.rect);
    drawSpans(p, s, lanes);
    p.setPen(s.palette.color(QPalette::Midlight));
    for (const WaveformLane& lane : s.lanes) {
        const int middle = lane.rect.center().y();
        p.drawLine(lane.rect.left(), middle, lane.rect.right(), middle);
        p.drawLine(lane.rect.left(), lane.rect.bottom(), lane.rect.right(), lane.rect.bottom());
    }
    drawLanes(p, s, dpr, device.width());
    drawPlaceholder(p, s, lanes);
    drawLabels(p, s);
    return image;
}

} // namespace callqa::app
