// Repaint times of the waveform view for a one-hour stereo 8 kHz call (peaks in 10 ms buckets, as
// analysis stores them), 1,600 x 300, at whole-call zoom and at 2 s on screen:
//  - rebuild: the cached image redrawn (view or data changed) and blitted;
//  - playhead: a playhead move, repainting only its strips over the cache;
//  - reference, in the same run: an uncached view that folds the stored buckets of every column
//    straight from the peaks (no pyramid) and draws them with QPainter::drawLines on each paint.
// p50 and p99 over many repaints, with the reference's p50 over ours. Target: < 16 ms each.
//
//   bench_waveform [--repaints N]     (offscreen unless QT_QPA_PLATFORM says otherwise)

#include "app/gui/review/waveformview.h"
#include "audio/core/peakbuilder.h"

#include <QApplication>
#include <QImage>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <utility>
#include <vector>

using namespace callqa;

namespace {

constexpr int kRate = 8000;
constexpr qint64 kHourMs = 3600 * 1000;
constexpr double kTargetMs = 16.0;

// Turns of speech-like noise, agent left and customer right, with pauses and some overlap.
audio::Peaks hourOfPeaks(QList<app::WaveformSpan>& spans)
{
    audio::PeakBuilder builder(2, kRate, kRate / 100);
    std::mt19937 rng(42);
    std::uniform_real_distribution<float> noise(-1.0f, 1.0f);
    std::uniform_int_distribution<int> turnMs(1500, 9000);
    std::uniform_int_distribution<int> gapMs(-600, 1500);
    std::vector<float> left(kRate), right(kRate);
    const float* planes[] = {left.data(), right.data()};
    qint64 at = 0;
    bool agent = true;
    while (at < kHourMs) {
        const qint64 length = std::min<qint64>(turnMs(rng), kHourMs - at);
        const int gap = gapMs(rng) > 1400 ? 6000 : std::max(gapMs(rng), 0);
        for (qint64 ms = 0; ms < length; ms += 1000) {
            const std::size_t n = std::size_t(std::min<qint64>(1000, length - ms)) * kRate / 1000;
            const float envelope = 0.2f + 0.6f * float(rng() % 100) / 100.0f;
            for (std::size_t i = 0; i < n; ++i) {
                const float s = noise(rng) * envelope * (0.5f + 0.5f * float(i % 400) / 400.0f);
                left[i] = agent ? s : noise(rng) * 0.004f;
                right[i] = agent ? noise(rng) * 0.004f : s;
            }
            builder.add(planes, n);
        }
        at += length;
        if (gap >= 5000)
            spans.push_back({at, at + gap, app::WaveformSpan::Kind::DeadAir});
        else if (gap < 300)
            spans.push_back({at - 300, at, app::WaveformSpan::Kind::Overtalk});
        const std::size_t n = std::size_t(gap) * kRate / 1000;
        std::fill(left.begin(), left.end(), 0.0f);
        std::fill(right.begin(), right.end(), 0.0f);
        for (std::size_t done = 0; done < n; done += left.size())
            builder.add(planes, std::min(left.size(), n - done));
        at += gap;
        agent = !agent;
    }
    return builder.finish();
}

// The reference: no pyramid, no cache. Every paint folds the stored buckets of each column and
// draws one line per column.
class NaiveView : public QWidget {
public:
    NaiveView(const audio::Peaks& peaks, double startMs, double msPerPixel)
        : m_peaks(peaks), m_startMs(startMs), m_msPerPixel(msPerPixel)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().base());
        const double bucketMs = 1000.0 * m_peaks.samplesPerBucket() / kRate;
        std::vector<QLine> lines;
        for (int channel = 0; channel < 2; ++channel) {
            const int top = channel * height() / 2;
            const double middle = top + height() / 4.0;
            const double half = height() / 4.0;
            lines.clear();
            for (int x = 0; x < width(); ++x) {
                const auto first =
                    std::size_t(std::max(0.0, (m_startMs + x * m_msPerPixel) / bucketMs));
                const auto last =
                    std::min(m_peaks.bucketCount(),
                             std::size_t((m_startMs + (x + 1) * m_msPerPixel) / bucketMs) + 1);
                int lo = 32767, hi = -32768;
                for (std::size_t b = first; b < last; ++b) {
                    lo = std::min<int>(lo, m_peaks.min(b, channel));
                    hi = std::max<int>(hi, m_peaks.max(b, channel));
                }
                if (lo <= hi)
                    lines.emplace_back(x, int(middle - hi * half / 32767), x,
                                       int(middle - lo * half / 32767));
            }
            p.setPen(QPen(channel == 0 ? Qt::blue : Qt::darkGreen, 0));
            p.drawLines(lines.data(), int(lines.size()));
        }
        p.fillRect(QRectF(std::floor((m_position - m_startMs) / m_msPerPixel), 0, 2, height()),
                   Qt::red);
    }

public:
    void setPosition(double ms) { m_position = ms; }

private:
    const audio::Peaks& m_peaks;
    double m_startMs;
    double m_msPerPixel;
    double m_position = 0;
};

// Counts the view's paint events and the pixels they cover: proof that a measured repaint
// painted, and how much of the view.
class PaintCounter : public QObject {
public:
    int paints = 0;
    double pixels = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            for (const QRect& r : static_cast<QPaintEvent*>(event)->region())
                pixels += double(r.width()) * r.height();
        }
        return QObject::eventFilter(watched, event);
    }
};

struct Figures {
    double p50 = 0;
    double p99 = 0;
};

template <typename Work> Figures measure(int repaints, Work&& work)
{
    std::vector<double> ms;
    ms.reserve(std::size_t(repaints));
    for (int i = 0; i < repaints; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work(i);
        const std::chrono::duration<double, std::milli> took =
            std::chrono::steady_clock::now() - start;
        ms.push_back(took.count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 99 / 100)]};
}

bool report(const char* zoom, const char* what, Figures ours, Figures reference)
{
    const bool ok = ours.p99 < kTargetMs;
    std::printf("%-10s %-9s ours p50 %7.3f ms  p99 %7.3f ms | reference p50 %8.3f ms  p99 %8.3f ms"
                " | %6.1fx  %s\n",
                zoom, what, ours.p50, ours.p99, reference.p50, reference.p99,
                reference.p50 / std::max(ours.p50, 1e-6), ok ? "ok" : "MISSED (< 16 ms)");
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication qapp(argc, argv);
    int repaints = 400;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--repaints") == 0)
            repaints = std::max(10, std::atoi(argv[i + 1]));

    QList<app::WaveformSpan> spans;
    const auto generated = std::chrono::steady_clock::now();
    const audio::Peaks peaks = hourOfPeaks(spans);
    std::printf(
        "one hour, stereo, %d Hz, %zu buckets of %d samples, %lld spans (generated in %.1f s)\n",
        kRate, peaks.bucketCount(), peaks.samplesPerBucket(), qlonglong(spans.size()),
        std::chrono::duration<double>(std::chrono::steady_clock::now() - generated).count());

    app::WaveformView view;
    view.resize(1600, 300);
    view.setPeaks(peaks, kHourMs);
    view.setSpans(spans);
    QList<app::WaveformMarker> markers;
    for (int i = 0; i < 40; ++i)
        markers.push_back({qint64(i) * 90000 + 1234, QStringLiteral("comment %1").arg(i)});
    view.setMarkers(markers);
    view.show();
    QApplication::processEvents();
    std::printf("view %dx%d at device pixel ratio %.1f (%s)\n", view.width(), view.height(),
                view.devicePixelRatioF(), qPrintable(QApplication::platformName()));

    PaintCounter counter;
    view.installEventFilter(&counter);
    bool ok = true;
    struct Zoom {
        const char* name;
        double startMs;
        double msPerPixel;
    };
    const Zoom zooms[] = {{"whole call", 0, double(kHourMs) / 1600},
                          {"2 s", 1800000, 2000.0 / 1600}};
    for (const Zoom& zoom : zooms) {
        view.setViewport(zoom.startMs, zoom.msPerPixel);
        view.setPosition(qint64(zoom.startMs));
        QApplication::processEvents();
        const Figures rebuild = measure(repaints, [&](int) {
            view.setSpans(spans); // new data: the cache is redrawn
            view.repaint();
        });
        const int rebuildPaints = std::exchange(counter.paints, 0);
        counter.pixels = 0;
        // A move of a few pixels per repaint, wrapping inside the view.
        const Figures playhead = measure(repaints * 4, [&](int i) {
            const double x = 20 + (i * 3) % 1500;
            view.setPosition(qint64(zoom.startMs + x * zoom.msPerPixel));
            QApplication::processEvents();
        });
        NaiveView naive(peaks, zoom.startMs, zoom.msPerPixel);
        naive.resize(1600, 300);
        naive.show();
        QApplication::processEvents();
        const Figures reference = measure(std::max(repaints / 4, 10), [&](int i) {
            naive.setPosition(zoom.startMs + (20 + (i * 3) % 1500) * zoom.msPerPixel);
            naive.repaint();
        });
        std::printf(
            "%s: %d rebuild paints for %d, %d playhead paints for %d covering %.1f%% of the view "
            "each\n",
            zoom.name, rebuildPaints, repaints, counter.paints, repaints * 4,
            100.0 * counter.pixels / std::max(counter.paints, 1) / (1600.0 * 300.0));
        counter.paints = 0;
        counter.pixels = 0;
        ok = report(zoom.name, "rebuild", rebuild, reference) && ok;
        ok = report(zoom.name, "playhead", playhead, reference) && ok;
    }
    return ok ? 0 : 1;
}
