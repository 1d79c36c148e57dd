#include "app/demo/callmixer.h"
#include "app/demo/speechsynth.h"
#include "app/demo/wavfile.h"
#include "app/gui/review/waveformrenderer.h"
#include "app/gui/review/waveformview.h"
#include "audio/core/analyzefile.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPaintEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace callqa;
using app::WaveformView;

namespace {

// Ten seconds of stereo peaks at 8 kHz, 10 ms buckets: the agent speaks (±0.8) in the first
// half, the customer in the second; silence is exactly 0.
audio::Peaks halves(int buckets = 1000)
{
    std::vector<std::int16_t> data;
    for (int b = 0; b < buckets; ++b) {
        const std::int16_t agent = b < 500 ? 26214 : 0;
        const std::int16_t customer = b >= 500 ? 26214 : 0;
        data.insert(data.end(), {std::int16_t(-agent), agent, std::int16_t(-customer), customer});
    }
    return audio::Peaks(2, 8000, 80, std::int64_t{buckets} * 80, std::move(data));
}

// 1,000 px for 10 s: one pixel is 10 ms.
struct View {
    WaveformView view;
    explicit View(audio::Peaks peaks = halves(), qint64 durationMs = 10000)
    {
        view.resize(1000, 240);
        view.setPeaks(std::move(peaks), durationMs);
    }
    QImage image() { return view.grab().toImage(); }
};

// A point in a lane, `up` of its half-height above the middle.
QPoint inLane(const WaveformView& view, int lane, int x, double up)
{
    const QRect r = view.laneRect(lane);
    return {x, static_cast<int>(r.center().y() - up * r.height() / 2)};
}

QColor at(const QImage& image, QPoint p)
{
    return image.pixelColor(p);
}

// The region of every paint event the view gets.
class PaintRegions : public QObject {
public:
    QList<QRegion> regions;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            regions.push_back(static_cast<QPaintEvent*>(event)->region());
        return QObject::eventFilter(watched, event);
    }
};

void wheel(QWidget& widget, QPoint pos, int delta, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent event(pos, widget.mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &event);
}

} // namespace

TEST_CASE("waveform: agent and customer lanes show each side where it speaks", "[app][waveform]")
{
    View v;
    REQUIRE(v.view.laneCount() == 2);
    CHECK(v.view.laneRect(0).bottom() < v.view.laneRect(1).top());
    const QImage image = v.image();
    const QColor agent = app::WaveformRenderer::laneColor(0);
    const QColor customer = app::WaveformRenderer::laneColor(1);
    CHECK(at(image, inLane(v.view, 0, 250, 0.5)) == agent);
    CHECK(at(image, inLane(v.view, 0, 250, -0.5)) == agent);
    CHECK(at(image, inLane(v.view, 0, 750, 0.5)) != agent);
    CHECK(at(image, inLane(v.view, 1, 250, 0.5)) != customer);
    CHECK(at(image, inLane(v.view, 1, 750, 0.5)) == customer);
    // The loud part ends where its time does: bucket 499 is at x 499.
    CHECK(at(image, inLane(v.view, 0, 499, 0.5)) == agent);
    CHECK(at(image, inLane(v.view, 0, 500, 0.5)) != agent);
    CHECK(at(image, inLane(v.view, 0, 250, 0.9)) != agent); // ±0.8 does not reach 0.9
}

TEST_CASE("waveform: a mono call has one lane; the channel map picks the sides", "[app][waveform]")
{
    std::vector<std::int16_t> mono;
    for (int b = 0; b < 1000; ++b)
        mono.insert(mono.end(), {-16384, 16384});
    View v(audio::Peaks(1, 8000, 80, 80000, mono));
    REQUIRE(v.view.laneCount() == 1);
    CHECK(v.view.laneRect(0).top() == v.view.rulerRect().bottom() + 1);
    CHECK(v.view.laneRect(0).bottom() >= v.view.height() - 2);
    CHECK(at(v.image(), inLane(v.view, 0, 600, 0.3)) == app::WaveformRenderer::laneColor(0));

    View swapped;
    swapped.view.setChannels({1, 0}); // the agent on the right channel
    const QImage image = swapped.image();
    CHECK(at(image, inLane(swapped.view, 0, 750, 0.5)) == app::WaveformRenderer::laneColor(0));
    CHECK(at(image, inLane(swapped.view, 1, 250, 0.5)) == app::WaveformRenderer::laneColor(1));

    View oneLane;
    oneLane.view.setChannels(app::WaveformChannelMap::mono());
    CHECK(oneLane.view.laneCount() == 1);
}

TEST_CASE("waveform: spans are shaded between the x of their times", "[app][waveform]")
{
    View v;
    const QImage plain = v.image();
    v.view.setSpans({{2000, 3000, app::WaveformSpan::Kind::DeadAir},
                     {6000, 6500, app::WaveformSpan::Kind::Overtalk}});
    const QImage shaded = v.image();
    const auto changed = [&](int x) {
        const QPoint p = inLane(v.view, 1, x, -0.5); // the customer is silent before 5 s
        return at(plain, p) != at(shaded, p);
    };
    CHECK_FALSE(changed(199));
    CHECK(changed(200));
    CHECK(changed(299));
    CHECK_FALSE(changed(300));
    // Overtalk shades the lane area too, in its own colour, across both lanes.
    const QPoint deadAir = inLane(v.view, 0, 250, 0.95);
    const QPoint overtalk = inLane(v.view, 0, 620, 0.95);
    CHECK(at(shaded, deadAir) != at(shaded, overtalk));
    CHECK(at(plain, overtalk) != at(shaded, overtalk));
    CHECK(at(plain, inLane(v.view, 0, 660, 0.95)) == at(shaded, inLane(v.view, 0, 660, 0.95)));
}

TEST_CASE("waveform: markers and the playhead sit at the x of their time", "[app][waveform]")
{
    View v;
    v.view.setMarkers({{4000, QStringLiteral("greeting")}});
    v.view.setPosition(6543);
    const QImage image = v.image();
    const QColor marker = WaveformView::markerColor();
    const QColor playhead = WaveformView::playheadColor();
    const int y = inLane(v.view, 1, 0, -0.9).y();
    CHECK(at(image, {400, y}) == marker);
    CHECK(at(image, {399, y}) != marker);
    CHECK(at(image, {401, y}) != marker);
    CHECK(at(image, {654, y}) == playhead);
    CHECK(at(image, {655, y}) == playhead);
    CHECK(at(image, {653, y}) != playhead);
    CHECK(at(image, {656, y}) != playhead);
    CHECK(at(image, {654, v.view.rulerRect().center().y()}) == playhead);

    v.view.setPosition(20000); // past the end: held at the end
    CHECK(v.view.position() == 10000);
}

TEST_CASE("waveform: a click or a drag asks to seek to the time under the pointer",
          "[app][waveform]")
{
    View v;
    v.view.show();
    QSignalSpy seeks(&v.view, &WaveformView::seekRequested);
    const int y = v.view.laneRect(0).center().y();
    QTest::mouseClick(&v.view, Qt::LeftButton, {}, QPoint(321, y));
    REQUIRE(seeks.count() == 1);
    CHECK(seeks.takeFirst().at(0).toLongLong() == 3210);
    CHECK(v.view.position() == 0); // the view only asks; the player moves the playhead

    QTest::mousePress(&v.view, Qt::LeftButton, {}, QPoint(100, y));
    QTest::mouseMove(&v.view, QPoint(700, y));
    CHECK(seeks.isEmpty()); // one seek per gesture, on release
    QTest::mouseRelease(&v.view, Qt::LeftButton, {}, QPoint(705, y));
    REQUIRE(seeks.count() == 1);
    CHECK(seeks.takeFirst().at(0).toLongLong() == 7050);

    QTest::mousePress(&v.view, Qt::LeftButton, {}, QPoint(100, y));
    QTest::keyClick(&v.view, Qt::Key_Escape);
    QTest::mouseRelease(&v.view, Qt::LeftButton, {}, QPoint(200, y));
    CHECK(seeks.isEmpty()); // Escape cancelled it
}

TEST_CASE("waveform: zoom keeps the time under the anchor, from the whole call to 2 s",
          "[app][waveform]")
{
    View v;
    v.view.show();
    CHECK(v.view.viewport().showsWholeCall());
    const double before = v.view.viewport().msForX(300);
    wheel(v.view, QPoint(300, 100), 120, Qt::ControlModifier);
    CHECK(v.view.viewport().msPerPixel < 10);
    CHECK(v.view.viewport().msForX(300) == Approx(before));

    v.view.setPosition(4321);
    const double playheadX = v.view.xForMs(4321);
    v.view.zoomInAction()->trigger();
    CHECK(v.view.xForMs(4321) == Approx(playheadX));
    for (int i = 0; i < 20; ++i)
        v.view.zoomIn();
    CHECK(v.view.viewport().visibleMs() == Approx(2000));
    CHECK(v.view.xForMs(4321) == Approx(playheadX).margin(1e-6));

    // Zoomed in, the wheel scrolls.
    const double start = v.view.viewport().startMs;
    wheel(v.view, QPoint(300, 100), -120, Qt::NoModifier);
    CHECK(v.view.viewport().startMs > start);

    v.view.zoomOutAction()->trigger();
    CHECK(v.view.viewport().visibleMs() == Approx(4000));
    v.view.zoomWholeAction()->trigger();
    CHECK(v.view.viewport().showsWholeCall());
    CHECK(v.view.viewport().startMs == 0);
}

TEST_CASE("waveform: a playhead move repaints only its old and new strips", "[app][waveform]")
{
    View v;
    v.view.setPosition(3000);
    v.view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&v.view));
    QCoreApplication::processEvents();
    PaintRegions paints;
    v.view.installEventFilter(&paints);

    v.view.setPosition(3004); // the same pixel column: nothing to paint
    QCoreApplication::processEvents();
    CHECK(paints.regions.isEmpty());

    v.view.setPosition(3100); // x 300 -> 310
    QCoreApplication::processEvents();
    REQUIRE(paints.regions.size() == 1);
    const QRegion painted = paints.regions.front();
    CHECK(painted.contains(QPoint(300, 100)));
    CHECK(painted.contains(QPoint(311, 100)));
    CHECK(painted.boundingRect().width() <= 30);
    CHECK_FALSE(painted.contains(QPoint(280, 100)));
    CHECK_FALSE(painted.contains(QPoint(330, 100)));
    // What it painted is the playhead at its new place over the cached waveform.
    const QImage image = v.image();
    CHECK(at(image, {310, v.view.laneRect(1).center().y() + 20}) == WaveformView::playheadColor());
    CHECK(at(image, {300, v.view.laneRect(1).center().y() + 20}) != WaveformView::playheadColor());
}

TEST_CASE("waveform: the playhead pages the view when it leaves it while playing",
          "[app][waveform]")
{
    View v;
    v.view.setViewport(0, 2); // 0-2 s on screen
    v.view.setPosition(1900);
    CHECK(v.view.viewport().startMs == 0);
    v.view.setPosition(2050);
    CHECK(v.view.viewport().startMs == Approx(2050 - 200));
    CHECK(v.view.xForMs(2050) == Approx(100));
}

TEST_CASE("waveform: peaks fill in as they are computed, a placeholder beyond", "[app][waveform]")
{
    audio::Peaks full = halves();
    std::vector<std::int16_t> firstPart(full.data().begin(), full.data().begin() + 700 * 4);
    View v(audio::Peaks(2, 8000, 80, 700 * 80, firstPart), 10000);
    CHECK(v.view.computedMs() == 7000);
    const QColor customer = app::WaveformRenderer::laneColor(1);
    const QImage partial = v.image();
    CHECK(at(partial, inLane(v.view, 1, 650, 0.5)) == customer);
    CHECK(at(partial, inLane(v.view, 1, 750, 0.5)) != customer);
    // Past 7 s the lanes are hatched, not plain background as where the agent is silent.
    const QColor base = v.view.palette().color(QPalette::Base);
    const auto marked = [&](int from, int to) {
        int n = 0;
        for (int x = from; x < to; ++x)
            n += at(partial, inLane(v.view, 0, x, 0.5)) != base;
        return n;
    };
    CHECK(marked(600, 700) == 0);
    CHECK(marked(700, 1000) > 20); // a hatch line every 8 px
    v.view.setPeaks(full, 10000);
    CHECK(v.view.computedMs() == 10000);
    CHECK(at(v.image(), inLane(v.view, 1, 750, 0.5)) == customer);
}

TEST_CASE("waveform: right-to-left layouts keep time running left to right", "[app][waveform]")
{
    View v;
    v.view.setLayoutDirection(Qt::RightToLeft);
    v.view.setMarkers({{4000, QStringLiteral("x")}});
    const QImage image = v.image();
    CHECK(at(image, inLane(v.view, 0, 250, 0.5)) == app::WaveformRenderer::laneColor(0));
    CHECK(at(image, inLane(v.view, 1, 750, 0.5)) == app::WaveformRenderer::laneColor(1));
    CHECK(at(image, inLane(v.view, 1, 400, -0.9)) == WaveformView::markerColor());
    QSignalSpy seeks(&v.view, &WaveformView::seekRequested);
    v.view.show();
    QTest::mouseClick(&v.view, Qt::LeftButton, {}, QPoint(100, v.view.laneRect(0).center().y()));
    REQUIRE(seeks.count() == 1);
    CHECK(seeks.at(0).at(0).toLongLong() == 1000);
}

TEST_CASE("waveform: a spoken stereo call, analysed for real (screenshot)", "[app][waveform]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    app::SpeechSynth synth(dir.path());
    const auto say = [&](app::Speaker who, const QString& text, int gap) {
        const auto samples = synth.speak(
            text, who == app::Speaker::Agent ? QStringLiteral("en-us") : QStringLiteral("en+f3"));
        INFO(synth.lastError().toStdString());
        REQUIRE(samples);
        return app::Turn{who, *samples, gap};
    };
    using app::Speaker;
    const QList<app::Turn> turns = {
        say(Speaker::Agent, QStringLiteral("Thank you for calling. How can I help you today?"), 0),
        say(Speaker::Customer, QStringLiteral("Hi, my internet has been down since this morning."),
            400),
        say(Speaker::Agent, QStringLiteral("I am sorry to hear that. Let me look up your account."),
            500),
        say(Speaker::Customer, QStringLiteral("Sure, take your time."), 6500), // dead air before
        say(Speaker::Agent, QStringLiteral("I can see an outage in your area, it should be fixed"),
            300),
        say(Speaker::Customer, QStringLiteral("Wait, what about my bill?"), -1200), // overtalk
        say(Speaker::Agent, QStringLiteral("You will get a credit for today. Anything else?"), 600),
        say(Speaker::Customer, QStringLiteral("No, that is all. Thanks, bye."), 500),
    };
    const app::MixedCall call = app::mixCall(turns, app::SpeechSynth::kSampleRate);
    const QString wav = dir.filePath(QStringLiteral("call.wav"));
    REQUIRE(app::writeWavFile(wav,
                              QByteArray(reinterpret_cast<const char*>(call.interleaved.data()),
                                         call.interleaved.size() * qsizetype(sizeof(qint16))),
                              1, 2, app::SpeechSynth::kSampleRate, 16));
    auto analysis = audio::analyzeFile(wav.toStdString());
    INFO(analysis.error());
    REQUIRE(analysis);
    REQUIRE(analysis->talk);
    QList<app::WaveformSpan> spans;
    for (const audio::Segment& s : analysis->talk->deadAir)
        spans.push_back({s.startMs, s.endMs, app::WaveformSpan::Kind::DeadAir});
    for (const audio::Segment& s : analysis->talk->overtalk)
        spans.push_back({s.startMs, s.endMs, app::WaveformSpan::Kind::Overtalk});
    CHECK(analysis->talk->deadAir.size() == 1);
    CHECK_FALSE(analysis->talk->overtalk.empty());

    WaveformView view;
    view.resize(1200, 260);
    view.setPeaks(analysis->peaks, analysis->durationMs);
    view.setSpans(spans);
    view.setMarkers({{2500, QStringLiteral("greeting")}, {14000, QStringLiteral("hold")}});
    view.setPosition(analysis->durationMs / 3);
    const QImage image = view.grab().toImage();
    const QString out = qEnvironmentVariable("CALLQA_SCREENSHOT_DIR", dir.path());
    CHECK(image.save(QDir(out).filePath(QStringLiteral("waveform-call.png"))));
    int agent = 0;
    int customer = 0;
    for (int x = 0; x < image.width(); ++x) {
        agent += at(image, inLane(view, 0, x, 0.15)) == app::WaveformRenderer::laneColor(0);
        customer += at(image, inLane(view, 1, x, 0.15)) == app::WaveformRenderer::laneColor(1);
    }
    CHECK(agent > 100);
    CHECK(customer > 100);

    // Persian, right to left: the same waveform, ruler digits in the locale, labels at the right.
    view.setLocale(QLocale(QLocale::Persian, QLocale::Iran));
    view.setLayoutDirection(Qt::RightToLeft);
    const QImage persian = view.grab().toImage();
    CHECK(persian.save(QDir(out).filePath(QStringLiteral("waveform-call-fa.png"))));
    CHECK(at(persian, inLane(view, 0, 600, 0)) == at(image, inLane(view, 0, 600, 0)));
    view.setLayoutDirection(Qt::LeftToRight);
    view.setLocale(QLocale::c());

    view.setViewport(9000, 2000.0 / 1200); // 2 s from 9 s
    CHECK(view.grab().toImage().save(QDir(out).filePath(QStringLiteral("waveform-2s.png"))));
}
