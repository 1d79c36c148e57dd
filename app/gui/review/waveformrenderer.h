#pragma once
// Draws the still part of a waveform view (background, ruler, shaded spans, lanes, the
// placeholder past what is computed) into one image the view caches and blits; the playhead and
// markers go over it at paint time.

#include "app/gui/review/waveformitems.h"
#include "app/gui/review/waveformviewport.h"

#include <QFont>
#include <QImage>
#include <QLocale>
#include <QPalette>
#include <QRect>
#include <QStringList>

#include <vector>

namespace callqa::audio {
class PeakPyramid;
}

namespace callqa::app {

struct WaveformLane {
    int channel = 0;
    QString label;
    QRect rect; // logical pixels
};

struct WaveformScene {
    const audio::PeakPyramid* pyramid = nullptr;
    int sampleRate = 0;
    qint64 computedMs = 0; // peaks exist up to here; a placeholder beyond
    WaveformViewport view;
    QRect ruler;
    std::vector<WaveformLane> lanes;
    const QList<WaveformSpan>* spans = nullptr; // sorted by start
    QPalette palette;
    QFont font;
    QLocale locale;
    QString placeholder; // shown over the part not computed yet
    bool labelsAtRight = false;
};

class WaveformRenderer {
public:
    // Into `image`, reusing its memory when the size matches.
    static void render(QImage& image, const WaveformScene& scene, QSize size,
                       qreal devicePixelRatio);

    static QColor laneColor(int lane);
    static QColor spanColor(WaveformSpan::Kind kind);
};

} // namespace callqa::app
