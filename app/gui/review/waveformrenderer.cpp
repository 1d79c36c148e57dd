#include "app/gui/review/waveformrenderer.h"

#include "app/gui/review/waveformruler.h"
#include "audio/core/peakpyramid.h"

#include <QFontMetrics>
#include <QLine>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstring>

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

QRgb over(QRgb dst, QRgb src) // both premultiplied
{
    const int keep = 255 - qAlpha(src);
    const auto mix = [&](int d, int s) { return s + (d * keep + 127) / 255; };
    return qRgba(mix(qRed(dst), qRed(src)), mix(qGreen(dst), qGreen(src)),
                 mix(qBlue(dst), qBlue(src)), mix(qAlpha(dst), qAlpha(src)));
}

// Background and spans cover the whole height of the lanes alike, so one scanline is composed
// and copied down: hundreds of narrow translucent fills at whole-call zoom would cost more than
// the whole waveform.
void drawBackground(QImage& image, const WaveformScene& s, const QRect& lanes, qreal dpr)
{
    const int width = image.width();
    std::vector<QRgb> row(static_cast<std::size_t>(width),
                          qPremultiply(s.palette.color(QPalette::Base).rgba()));
    const double end = s.view.msForX(s.view.width);
    for (const WaveformSpan& span : s.spans ? *s.spans : QList<WaveformSpan>()) {
        if (static_cast<double>(span.endMs) < s.view.startMs)
            continue;
        if (static_cast<double>(span.startMs) > end)
            break;
        const double x0 = std::floor(s.view.xForMs(static_cast<double>(span.startMs)));
        const double x1 =
            std::max(std::floor(s.view.xForMs(static_cast<double>(span.endMs))), x0 + 1);
        const QRgb color = qPremultiply(WaveformRenderer::spanColor(span.kind).rgba());
        const int from = std::clamp(static_cast<int>(std::lround(x0 * dpr)), 0, width);
        const int to = std::clamp(static_cast<int>(std::lround(x1 * dpr)), 0, width);
        for (int x = from; x < to; ++x)
            row[static_cast<std::size_t>(x)] = over(row[static_cast<std::size_t>(x)], color);
    }
    const int top = std::clamp(static_cast<int>(std::lround(lanes.top() * dpr)), 0, image.height());
    const int bottom =
        std::clamp(static_cast<int>(std::lround((lanes.bottom() + 1) * dpr)), top, image.height());
    for (int y = top; y < bottom; ++y)
        std::memcpy(image.scanLine(y), row.data(), row.size() * sizeof(QRgb));
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

void WaveformRenderer::render(QImage& image, const WaveformScene& s, QSize size, qreal dpr)
{
    const QSize device(static_cast<int>(std::ceil(size.width() * dpr)),
                       static_cast<int>(std::ceil(size.height() * dpr)));
    if (image.size() != device || image.format() != QImage::Format_ARGB32_Premultiplied)
        image = QImage(device, QImage::Format_ARGB32_Premultiplied); // else drawn over in place
    image.setDevicePixelRatio(dpr);
    QRect lanes;
    for (const WaveformLane& lane : s.lanes)
        lanes = lanes.united(lane.rect);
    drawBackground(image, s, lanes, dpr);
    QPainter p(&image);
    p.fillRect(QRect(0, lanes.bottom() + 1, size.width(), size.height()), s.palette.base());
    drawRuler(p, s);
    p.setPen(s.palette.color(QPalette::Midlight));
    for (const WaveformLane& lane : s.lanes) {
        const int middle = lane.rect.center().y();
        p.drawLine(lane.rect.left(), middle, lane.rect.right(), middle);
        p.drawLine(lane.rect.left(), lane.rect.bottom(), lane.rect.right(), lane.rect.bottom());
    }
    drawLanes(p, s, dpr, device.width());
    drawPlaceholder(p, s, lanes);
    drawLabels(p, s);
}

} // namespace callqa::app
