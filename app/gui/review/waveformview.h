#pragma once
// The waveform of a call under review: agent and customer lanes (one for a mono call) drawn from
// a peak pyramid, a time ruler, the playhead, shaded dead air and overtalk, comment markers.
// Click or drag to seek (it only asks, through seekRequested; it never touches audio), Ctrl+wheel
// or the zoom actions from the whole call down to about 2 s, wheel to scroll when zoomed.
//
// Time runs left to right even in a right-to-left layout: a waveform is a time axis, not text
// (as in players and editors of right-to-left locales); only the lane labels follow the layout,
// at its leading edge.
//
// Painting: background, ruler, spans and lanes are one cached image at the device pixel ratio,
// rebuilt only when the view, size, ratio or data change; each paint blits the dirty part and
// draws the playhead and markers over it, and a playhead move repaints only its old and new strip.

#include "app/gui/review/waveformitems.h"
#include "app/gui/review/waveformviewport.h"
#include "audio/core/peakpyramid.h"

#include <QImage>
#include <QWidget>

#include <optional>
#include <vector>

class QAction;

namespace callqa::app {

struct WaveformLane;

class WaveformView : public QWidget {
    Q_OBJECT
public:
    explicit WaveformView(QWidget* parent = nullptr);
    ~WaveformView() override;

    void setChannels(WaveformChannelMap map);
    // The peaks computed so far, of a call `durationMs` long. Call again as analysis goes on
    // (the pyramid refolds only the new tail); the lanes show a placeholder past peaks.frames().
    void setPeaks(audio::Peaks peaks, qint64 durationMs);
    void setSpans(QList<WaveformSpan> spans);
    void setMarkers(QList<WaveformMarker> markers);
    void setPosition(qint64 ms);

    qint64 position() const { return m_position; }
    qint64 durationMs() const { return m_view.durationMs; }
    qint64 computedMs() const;
    int laneCount() const;
    QRect laneRect(int lane) const;
    QRect rulerRect() const;
    const WaveformViewport& viewport() const { return m_view; }
    void setViewport(double startMs, double msPerPixel);
    double xForMs(double ms) const { return m_view.xForMs(ms); }
    qint64 msForX(double x) const;

    void zoomIn();
    void zoomOut();
    void zoomWholeCall();
    QAction* zoomInAction() const { return m_zoomIn; }
    QAction* zoomOutAction() const { return m_zoomOut; }
    QAction* zoomWholeAction() const { return m_zoomWhole; }

    static QColor playheadColor();
    static QColor markerColor();

Q_SIGNALS:
    void seekRequested(qint64 ms);
    void viewChanged(); // scrolled or zoomed (for a scroll bar beside it)

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    struct CacheKey {
        double startMs = -1;
        double msPerPixel = 0;
        QSize size;
        qreal ratio = 0;
        int revision = -1;
        bool operator==(const CacheKey&) const = default;
    };

    void changeView(const WaveformViewport& view);
    void zoomAround(double factor, double anchorX);
    double zoomAnchor() const;
    void invalidate();
    std::vector<WaveformLane> lanes() const;
    void drawOverlay(class QPainter& painter) const;
    QRect strip(double x, int halfWidth) const;
    void endDrag(bool seek);

    audio::PeakPyramid m_pyramid;
    int m_sampleRate = 0;
    WaveformChannelMap m_channels;
    QList<WaveformSpan> m_spans;
    QList<WaveformMarker> m_markers;
    WaveformViewport m_view;
    qint64 m_position = 0;
    std::optional<double> m_dragX;
    QImage m_cache;
    CacheKey m_cacheKey;
    int m_revision = 0;
    QAction* m_zoomIn = nullptr; // children of this widget
    QAction* m_zoomOut = nullptr;
    QAction* m_zoomWhole = nullptr;
};

} // namespace callqa::app
