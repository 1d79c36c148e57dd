#include "audio/core/peakbuilder.h"
#include "audio/core/peakpyramid.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <utility>

using namespace callqa::audio;

namespace {

using MinMax = std::pair<int, int>;
const MinMax kEmpty{std::numeric_limits<std::int16_t>::max(),
                    std::numeric_limits<std::int16_t>::min()};

// Mono, 2 samples per bucket, 9 frames (the last bucket holds one frame).
Peaks handMade()
{
    return Peaks(1, 8000, 2, 9, {-1, 1, -5, 2, -2, 8, -3, 3, -9, 4});
}

std::vector<MinMax> columns(const PeakColumns& c, int channel)
{
    std::vector<MinMax> out;
    for (int i = 0; i < c.columns; ++i)
        out.emplace_back(c.min(i, channel), c.max(i, channel));
    return out;
}

// The definition, straight from the base: every bucket whose frames meet the column's frames.
PeakColumns foldBase(const Peaks& base, const PeakWindow& w)
{
    PeakColumns out;
    out.channels = base.channels();
    out.columns = w.columns;
    const std::int64_t spb = base.samplesPerBucket();
    for (int col = 0; col < w.columns; ++col) {
        const auto a =
            static_cast<std::int64_t>(std::floor(w.startFrame + col * w.framesPerColumn));
        auto b =
            static_cast<std::int64_t>(std::floor(w.startFrame + (col + 1) * w.framesPerColumn));
        b = std::min(std::max(b, a + 1), base.frames());
        for (int ch = 0; ch < base.channels(); ++ch) {
            int lo = kEmpty.first;
            int hi = kEmpty.second;
            for (std::size_t i = 0; i < base.bucketCount(); ++i) {
                const std::int64_t from = std::int64_t(i) * spb;
                if (from < b && from + spb > a && b > std::max<std::int64_t>(a, 0)) {
                    lo = std::min<int>(lo, base.min(i, ch));
                    hi = std::max<int>(hi, base.max(i, ch));
                }
            }
            out.minMax.push_back(static_cast<std::int16_t>(lo));
            out.minMax.push_back(static_cast<std::int16_t>(hi));
        }
    }
    return out;
}

Peaks randomPeaks(std::mt19937& rng, int channels, std::size_t samples, int spb)
{
    std::uniform_real_distribution<float> value(-1.0f, 1.0f);
    std::vector<std::vector<float>> planes(static_cast<std::size_t>(channels),
                                           std::vector<float>(samples));
    for (auto& plane : planes)
        for (float& s : plane)
            s = value(rng) * value(rng);
    PeakBuilder builder(channels, 8000, spb);
    std::vector<const float*> pointers;
    for (const auto& plane : planes)
        pointers.push_back(plane.data());
    builder.add(pointers.data(), samples);
    return builder.finish();
}

} // namespace

TEST_CASE("peak pyramid: each level folds two entries of the one below", "[peaks][pyramid]")
{
    const PeakPyramid pyramid(handMade());
    REQUIRE(pyramid.levelCount() == 4);
    const std::vector<std::vector<MinMax>> expected = {
        {{-1, 1}, {-5, 2}, {-2, 8}, {-3, 3}, {-9, 4}},
        {{-5, 2}, {-3, 8}, {-9, 4}},
        {{-5, 8}, {-9, 4}},
        {{-9, 8}},
    };
    for (int level = 0; level < 4; ++level) {
        INFO("level " << level);
        std::vector<MinMax> got;
        for (std::size_t e = 0; e < pyramid.levelSize(level); ++e)
            got.emplace_back(pyramid.min(level, e, 0), pyramid.max(level, e, 0));
        CHECK(got == expected[static_cast<std::size_t>(level)]);
    }
    CHECK(PeakPyramid().levelCount() == 0);
    CHECK(PeakPyramid(Peaks(1, 8000, 2, 1, {3, 4})).levelCount() == 1);
}

TEST_CASE("peak pyramid: columns of a window, at the edges and zoomed past the base",
          "[peaks][pyramid]")
{
    const PeakPyramid pyramid(handMade());
    struct Row {
        const char* what;
        PeakWindow window;
        std::vector<MinMax> expected;
    };
    const std::vector<Row> rows = {
        {"one bucket per column, then past the end",
         {0, 2, 6},
         {{-1, 1}, {-5, 2}, {-2, 8}, {-3, 3}, {-9, 4}, kEmpty}},
        {"two buckets per column", {0, 4, 3}, {{-5, 2}, {-3, 8}, {-9, 4}}},
        {"columns straddling buckets take every bucket they touch", {1, 4, 2}, {{-5, 8}, {-9, 8}}},
        {"before the start", {-4, 2, 3}, {kEmpty, kEmpty, {-1, 1}}},
        {"finer than a bucket: the bucket stretches",
         {2, 0.5, 5},
         {{-5, 2}, {-5, 2}, {-5, 2}, {-5, 2}, {-2, 8}}},
        {"the whole call in one column", {0, 9, 1}, {{-9, 8}}},
        {"the last partial bucket", {8, 1, 2}, {{-9, 4}, kEmpty}},
        {"no columns", {0, 1, 0}, {}},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const PeakColumns got = pyramid.query(row.window);
        CHECK(got.columns == row.window.columns);
        CHECK(columns(got, 0) == row.expected);
    }
    const PeakColumns none = PeakPyramid().query({0, 10, 3});
    REQUIRE(none.columns == 3);
    CHECK(none.minMax.empty()); // no channels: nothing to draw
}

TEST_CASE("peak pyramid: stereo channels stay apart", "[peaks][pyramid]")
{
    // agent loud in the first bucket, customer in the second
    const PeakPyramid pyramid(Peaks(2, 8000, 4, 8, {-9, 9, 0, 0, 0, 1, -7, 7}));
    const PeakColumns both = pyramid.query({0, 8, 1});
    CHECK(columns(both, 0) == std::vector<MinMax>{{-9, 9}});
    CHECK(columns(both, 1) == std::vector<MinMax>{{-7, 7}});
    const PeakColumns halves = pyramid.query({0, 4, 2});
    CHECK(columns(halves, 0) == std::vector<MinMax>{{-9, 9}, {0, 1}});
    CHECK(columns(halves, 1) == std::vector<MinMax>{{0, 0}, {-7, 7}});
    CHECK_FALSE(halves.empty(1, 1));
}

TEST_CASE("peak pyramid: any zoom equals folding the base directly", "[peaks][pyramid]")
{
    std::mt19937 rng(17);
    for (const std::size_t samples : {std::size_t{1}, std::size_t{150}, std::size_t{1283},
                                      std::size_t{80 * 1024}, std::size_t{80 * 1029 + 7}}) {
        for (const int channels : {1, 2}) {
            const Peaks base = randomPeaks(rng, channels, samples, 80);
            const PeakPyramid pyramid(base);
            const double frames = static_cast<double>(samples);
            std::uniform_real_distribution<double> start(-0.1 * frames - 50, frames + 50);
            std::uniform_real_distribution<double> logScale(std::log(0.3),
                                                            std::log(frames / 2 + 1));
            std::uniform_int_distribution<int> count(1, 40);
            for (int trial = 0; trial < 60; ++trial) {
                const PeakWindow w{start(rng), std::exp(logScale(rng)), count(rng)};
                INFO(samples << " samples, " << channels << " channels, start " << w.startFrame
                             << ", " << w.framesPerColumn << " frames per column");
                CHECK(pyramid.query(w).minMax == foldBase(base, w).minMax);
            }
        }
    }
}

TEST_CASE("peak pyramid: progressive updates equal a pyramid built at once", "[peaks][pyramid]")
{
    std::mt19937 rng(5);
    const Peaks full = randomPeaks(rng, 2, 80 * 300 + 13, 80);
    // Prefixes as analysis would hand them over, the last bucket of each partial.
    PeakPyramid growing;
    for (const std::size_t buckets : {std::size_t{0}, std::size_t{1}, std::size_t{2},
                                      std::size_t{37}, std::size_t{128}, std::size_t{301}}) {
        std::vector<std::int16_t> data(full.data().begin(),
                                       full.data().begin() + std::ptrdiff_t(buckets * 2 * 2));
        if (buckets > 0)
            data[data.size() - 4] = 0; // the partial last bucket saw less than it will
        growing.update(Peaks(2, 8000, 80, std::int64_t(buckets) * 80 - (buckets ? 40 : 0), data));
    }
    growing.update(full);
    const PeakPyramid once(full);
    REQUIRE(growing.levelCount() == once.levelCount());
    for (int level = 0; level < once.levelCount(); ++level) {
        INFO("level " << level);
        REQUIRE(growing.levelSize(level) == once.levelSize(level));
        for (std::size_t e = 0; e < once.levelSize(level); ++e)
            for (int ch = 0; ch < 2; ++ch) {
                REQUIRE(growing.min(level, e, ch) == once.min(level, e, ch));
                REQUIRE(growing.max(level, e, ch) == once.max(level, e, ch));
            }
    }
    // Different parameters rebuild rather than mix.
    growing.update(Peaks(1, 8000, 2, 9, {-1, 1, -5, 2, -2, 8, -3, 3, -9, 4}));
    CHECK(growing.levelCount() == 4);
    CHECK(growing.min(3, 0, 0) == -9);
}
