#include "app/gui/review/waveformview.h"

#include "app/gui/review/waveformrenderer.h"
#include "app/gui/review/waveformruler.h"

#include <QAction>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace callqa::app {

namespace {

constexpr int kPlayheadHalf = 6; // head and line, with a margin, either side of its x
constexpr int kMarkerReach = 4;  // how close the pointer must be for a marker's tooltip
constexpr double kStep = 2.0;    // zoom factor of one action

QAction* zoomAction(QWidget* owner, const QString& text, const QKeySequence& keys)
{
    auto* action = new QAction(text, owner); // owned by the widget
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

WaveformView::WaveformView(QWidget* parent) : QWidget(parent)
{
    // Tab focus only: a click seeks without taking the focus from the evaluation form.
    setFocusPolicy(Qt::TabFocus);
    setAttribute(Qt::WA_OpaquePaintEvent); // the cache covers every pixel
    setAccessibleName(tr("Waveform"));
    setMinimumSize(160, 80);
    m_zoomIn = zoomAction(this, tr("Zoom in"), QKeySequence::ZoomIn);
    m_zoomOut = zoomAction(this, tr("Zoom out"), QKeySequence::ZoomOut);
    m_zoomWhole = zoomAction(this, tr("Whole call"), QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomIn, &QAction::triggered, this, &WaveformView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &WaveformView::zoomOut);
    connect(m_zoomWhole, &QAction::triggered, this, &WaveformView::zoomWholeCall);
    m_view.width = width();
}

WaveformView::~WaveformView() = default;

void WaveformView::setChannels(WaveformChannelMap map)
{
    m_channels = map;
    invalidate();
}

void WaveformView::setPeaks(audio::Peaks peaks, qint64 durationMs)
{
    m_sampleRate = peaks.sampleRate();
    m_pyramid.update(std::move(peaks));
    if (durationMs != m_view.durationMs)
        m_view = WaveformViewport::wholeCall(durationMs, width());
    invalidate();
    Q_EMIT viewChanged();
}

void WaveformView::setSpans(QList<WaveformSpan> spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const WaveformSpan& a, const WaveformSpan& b) { return a.startMs < b.startMs; });
    m_spans = std::move(spans);
    invalidate();
}

void WaveformView::setMarkers(QList<WaveformMarker> markers)
{
    m_markers = std::move(markers);
    update();
}

void WaveformView::setPosition(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 0, std::max<qint64>(m_view.durationMs, 0));
    const double oldX = xForMs(static_cast<double>(m_position));
    const double newX = xForMs(static_cast<double>(ms));
    m_position = ms;
    // Follow the playhead a page at a time when it leaves the view it was in.
    const bool wasVisible = oldX >= 0 && oldX < width();
    if (wasVisible && !m_dragX && (newX < 0 || newX >= width())) {
        WaveformViewport view = m_view;
        view.startMs = static_cast<double>(ms) - view.visibleMs() / 10;
        changeView(view.clamped());
        return;
    }
    const qreal ratio = devicePixelRatioF();
    if (std::floor(oldX * ratio) == std::floor(newX * ratio))
        return;
    update(strip(oldX, kPlayheadHalf));
    update(strip(newX, kPlayheadHalf));
}

qint64 WaveformView::computedMs() const
{
    return m_sampleRate > 0 ? m_pyramid.base().frames() * 1000 / m_sampleRate : 0;
}

int WaveformView::laneCount() const
{
    return static_cast<int>(lanes().size());
}

QRect WaveformView::rulerRect() const
{
    return QRect(0, 0, width(), fontMetrics().height() + 8);
}

QRect WaveformView::laneRect(int lane) const
{
    const std::vector<WaveformLane> all = lanes();
    return lane >= 0 && lane < static_cast<int>(all.size()) ? all[std::size_t(lane)].rect : QRect();
}

std::vector<WaveformLane> WaveformView::lanes() const
{
    const int channels = m_pyramid.channels();
    const auto usable = [&](int c) { return c >= 0 && (channels == 0 || c < channels); };
    std::vector<WaveformLane> out;
    const int agent = usable(m_channels.agent) ? m_channels.agent : 0;
    const bool stereo = channels != 1 && m_channels.customer && usable(*m_channels.customer) &&
                        *m_channels.customer != agent;
    out.push_back({agent, stereo ? tr("Agent") : tr("Agent and customer"), {}});
    if (stereo)
        out.push_back({*m_channels.customer, tr("Customer"), {}});
    const QRect ruler = rulerRect();
    const int top = ruler.bottom() + 1;
    const int each = std::max(height() - top, 0) / static_cast<int>(out.size());
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i].rect = QRect(0, top + static_cast<int>(i) * each, width(), each);
    return out;
}

void WaveformView::setViewport(double startMs, double msPerPixel)
{
    WaveformViewport view = m_view;
    view.startMs = startMs;
    view.msPerPixel = msPerPixel;
    changeView(view.clamped());
}

qint64 WaveformView::msForX(double x) const
{
    return std::llround(
        std::clamp(m_view.msForX(x), 0.0, static_cast<double>(std::max<qint64>(durationMs(), 0))));
}

void WaveformView::zoomIn()
{
    zoomAround(kStep, zoomAnchor());
}
void WaveformView::zoomOut()
{
    zoomAround(1 / kStep, zoomAnchor());
}
void WaveformView::zoomWholeCall()
{
    changeView(WaveformViewport::wholeCall(durationMs(), width()));
}

double WaveformView::zoomAnchor() const
{
    const double x = xForMs(static_cast<double>(m_position));
    return x >= 0 && x < width() ? x : width() / 2.0;
}

void WaveformView::zoomAround(double factor, double anchorX)
{
    changeView(m_view.zoomed(factor, anchorX));
}

void WaveformView::changeView(const WaveformViewport& view)
{
    if (view.startMs == m_view.startMs && view.msPerPixel == m_view.msPerPixel &&
        view.width == m_view.width)
        return;
    m_view = view;
    update();
    Q_EMIT viewChanged();
}

void WaveformView::invalidate()
{
    ++m_revision;
    update();
}

QColor WaveformView::playheadColor()
{
    return QColor(0xd0, 0x20, 0x20);
}
QColor WaveformView::markerColor()
{
    return QColor(0x8e, 0x2c, 0xc0);
}

QRect WaveformView::strip(double x, int halfWidth) const
{
    return QRect(static_cast<int>(std::floor(x)) - halfWidth, 0, 2 * halfWidth + 2, height());
}

void WaveformView::paintEvent(QPaintEvent* event)
{
    const qreal ratio = devicePixelRatioF();
    const CacheKey key{m_view.startMs, m_view.msPerPixel, size(), ratio, m_revision};
    if (key != m_cacheKey) {
        WaveformScene scene;
        scene.pyramid = &m_pyramid;
        scene.sampleRate = m_sampleRate;
        scene.computedMs = computedMs();
        scene.view = m_view;
        scene.ruler = rulerRect();
        scene.lanes = lanes();
        scene.spans = &m_spans;
        scene.palette = palette();
        scene.font = font();
        scene.locale = locale();
        scene.placeholder =
            durationMs() > 0 ? tr("Computing the waveform…") : tr("No waveform yet");
        scene.labelsAtRight = layoutDirection() == Qt::RightToLeft;
        WaveformRenderer::render(m_cache, scene, size(), ratio);
        m_cacheKey = key;
    }
    QPainter painter(this);
    painter.setCompositionMode(QPainter::CompositionMode_Source); // opaque: a copy, no blending
    for (const QRect& rect : event->region())
        painter.drawImage(rect, m_cache,
                          QRectF(rect.x() * ratio, rect.y() * ratio, rect.width() * ratio,
                                 rect.height() * ratio));
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    drawOverlay(painter);
}

void WaveformView::drawOverlay(QPainter& p) const
{
    const QRect ruler = rulerRect();
    const int laneTop = ruler.bottom() + 1;
    for (const WaveformMarker& marker : m_markers) {
        const double x = std::floor(xForMs(static_cast<double>(marker.ms)));
        if (x < -kMarkerReach || x > width() + kMarkerReach)
            continue;
        p.fillRect(QRectF(x, laneTop, 1, height() - laneTop), markerColor());
        const QPointF head[] = {{x - 5, ruler.bottom() - 9.0},
                                {x + 6, ruler.bottom() - 9.0},
                                {x + 0.5, ruler.bottom() + 1.0}};
        p.setPen(Qt::NoPen);
        p.setBrush(markerColor());
        p.drawPolygon(head, 3);
    }
    if (durationMs() > 0) {
        const double x = std::floor(xForMs(static_cast<double>(m_position)));
        p.fillRect(QRectF(x, 0, 2, height()), playheadColor());
        const QPointF head[] = {{x - 5, 0}, {x + 7, 0}, {x + 1, 7}};
        p.setPen(Qt::NoPen);
        p.setBrush(playheadColor());
        p.drawPolygon(head, 3);
    }
    if (m_dragX) {
        const double x = std::floor(*m_dragX);
        p.fillRect(QRectF(x, 0, 1, height()), palette().color(QPalette::Highlight));
        const QString text =
            rulerLabel(msForX(*m_dragX), 100, durationMs() >= 3600 * 1000, locale());
        const QRect box = fontMetrics().boundingRect(text).adjusted(-4, -2, 4, 2);
        QRect at(QPoint(0, 0), box.size());
        at.moveTopLeft(QPoint(static_cast<int>(x) + 4, ruler.bottom() + 2));
        if (at.right() >= width())
            at.moveRight(static_cast<int>(x) - 4);
        p.fillRect(at, palette().color(QPalette::ToolTipBase));
        p.setPen(palette().color(QPalette::ToolTipText));
        p.drawText(at, Qt::AlignCenter, text);
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void WaveformView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_view = m_view.resized(width());
    Q_EMIT viewChanged();
}

void WaveformView::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::LocaleChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::StyleChange:
        invalidate();
        break;
    case QEvent::ActivationChange:
        if (!isActiveWindow() && m_dragX)
            endDrag(false);
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

bool WaveformView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        for (const WaveformMarker& marker : m_markers) {
            if (std::abs(xForMs(static_cast<double>(marker.ms)) - help->pos().x()) <=
                kMarkerReach) {
                QToolTip::showText(help->globalPos(), marker.label, this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void WaveformView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::RightButton && m_dragX) {
        endDrag(false); // right-click cancels a drag
        return;
    }
    if (event->button() != Qt::LeftButton || durationMs() <= 0)
        return QWidget::mousePressEvent(event);
    m_dragX = std::clamp(event->position().x(), 0.0, width() - 1.0);
    update();
}

void WaveformView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragX)
        return QWidget::mouseMoveEvent(event);
    m_dragX = std::clamp(event->position().x(), 0.0, width() - 1.0);
    update();
}

void WaveformView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_dragX)
        return QWidget::mouseReleaseEvent(event);
    m_dragX = std::clamp(event->position().x(), 0.0, width() - 1.0);
    endDrag(true);
}

// One seek per gesture, on release: dragging shows where it would land; Escape, a right-click or
// leaving the window cancels.
void WaveformView::endDrag(bool seek)
{
    const std::optional<double> x = m_dragX;
    m_dragX.reset();
    update();
    if (seek && x)
        Q_EMIT seekRequested(msForX(*x));
}

void WaveformView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_dragX) {
        endDrag(false);
        return;
    }
    QWidget::keyPressEvent(event);
}

void WaveformView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        zoomAround(std::pow(2.0, delta.y() / 240.0), event->position().x());
        return event->accept();
    }
    if (m_view.showsWholeCall())
        return event->ignore(); // nothing to scroll: let a parent scroll
    const int notches = delta.x() != 0 ? -delta.x() : -delta.y();
    changeView(m_view.scrolledBy(notches / 120.0 * width() / 8.0));
    event->accept();
}

void WaveformView::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void WaveformView::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace callqa::app
