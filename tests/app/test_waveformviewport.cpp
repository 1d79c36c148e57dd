#include "app/gui/review/waveformruler.h"
#include "app/gui/review/waveformviewport.h"

#include <catch2/catch.hpp>

using namespace callqa::app;

TEST_CASE("waveform viewport: zoom keeps the anchor's time and stays in the call",
          "[app][waveform]")
{
    const WaveformViewport whole = WaveformViewport::wholeCall(3600 * 1000, 1600);
    CHECK(whole.msPerPixel == Approx(2250));
    CHECK(whole.showsWholeCall());
    CHECK(whole.minMsPerPixel() == Approx(1.25)); // 2 s on 1,600 px

    struct Row {
        const char* what;
        WaveformViewport from;
        double factor;
        double anchorX;
        double startMs;
        double msPerPixel;
    };
    const WaveformViewport mid{1000000, 100, 1600, 3600 * 1000};
    const std::vector<Row> rows = {
        {"in around the anchor", mid, 2, 400, 1000000 + 400 * 50, 50},
        {"out around the anchor", mid, 0.5, 400, 1000000 - 400 * 100, 200},
        {"not past 2 s on screen", mid, 1000, 800, 1000000 + 800 * (100 - 1.25), 1.25},
        {"not past the whole call", mid, 0.0001, 800, 0, 2250},
        {"stops at the call's start", {1000, 100, 1600, 3600 * 1000}, 0.5, 1500, 0, 200},
        {"stops at the call's end",
         {3600000 - 160000, 100, 1600, 3600 * 1000},
         0.5,
         0,
         3600000 - 320000,
         200},
        {"a call shorter than 2 s cannot zoom", WaveformViewport::wholeCall(1500, 1000), 4, 10, 0,
         1.5},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const WaveformViewport got = row.from.zoomed(row.factor, row.anchorX);
        CHECK(got.startMs == Approx(row.startMs));
        CHECK(got.msPerPixel == Approx(row.msPerPixel));
    }
}

TEST_CASE("waveform viewport: scroll and resize stay in the call", "[app][waveform]")
{
    const WaveformViewport view{10000, 10, 1000, 60000};
    CHECK(view.scrolledBy(100).startMs == Approx(11000));
    CHECK(view.scrolledBy(-5000).startMs == Approx(0));
    CHECK(view.scrolledBy(100000).startMs == Approx(50000)); // last 10 s in view
    CHECK(view.resized(500).msPerPixel == Approx(10));
    const WaveformViewport whole = WaveformViewport::wholeCall(60000, 1000);
    CHECK(whole.resized(500).msPerPixel == Approx(120)); // still the whole call
    CHECK(WaveformViewport::wholeCall(0, 0).clamped().msPerPixel > 0);
}

TEST_CASE("waveform ruler: round steps that fit their labels, times in the locale",
          "[app][waveform]")
{
    CHECK(rulerStepMs(1.25, 40) == 100);    // 2 s on 1,600 px
    CHECK(rulerStepMs(2250, 60) == 300000); // an hour on 1,600 px: 5 min
    CHECK(rulerStepMs(10, 40) == 1000);
    CHECK(rulerStepMs(1e9, 40) == 7200000); // nothing bigger

    const QLocale c(QLocale::C);
    CHECK(rulerLabel(65000, 1000, false, c) == QStringLiteral("1:05"));
    CHECK(rulerLabel(65500, 100, false, c) == QStringLiteral("1:05.5"));
    CHECK(rulerLabel(3665000, 60000, true, c) == QStringLiteral("1:01:05"));
    CHECK(rulerLabel(5000, 1000, true, c) == QStringLiteral("0:00:05"));
    const QLocale persian(QLocale::Persian, QLocale::Iran);
    CHECK(rulerLabel(65500, 100, false, persian) ==
          QStringLiteral("۱:۰۵") + persian.decimalPoint() + QStringLiteral("۵"));
}
