#include "audio/core/peakbuilder.h"
#include "audio/core/peaks.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace callqa::audio;

namespace {

Peaks build(const std::vector<std::vector<float>>& planes, int samplesPerBucket, std::size_t chunk)
{
    PeakBuilder builder(static_cast<int>(planes.size()), 8000, samplesPerBucket);
    const std::size_t total = planes[0].size();
    for (std::size_t at = 0; at < total; at += chunk) {
        std::vector<const float*> pointers;
        for (const auto& plane : planes)
            pointers.push_back(plane.data() + at);
        builder.add(pointers.data(), std::min(chunk, total - at));
    }
    return builder.finish();
}

} // namespace

TEST_CASE("peaks hold min and max per bucket, the last one partial", "[peaks]")
{
    const std::vector<float> samples = {0.1f, -0.2f, 0.3f, 0.0f,  0.5f,
                                        0.5f, 0.5f,  0.5f, -1.0f, 0.25f};
    for (const std::size_t chunk :
         {std::size_t{1}, std::size_t{3}, std::size_t{7}, std::size_t{100}}) {
        INFO("fed in chunks of " << chunk);
        const Peaks peaks = build({samples}, 4, chunk);
        REQUIRE(peaks.bucketCount() == 3);
        CHECK(peaks.frames() == 10);
        CHECK(peaks.samplesPerBucket() == 4);
        CHECK(peaks.min(0, 0) == peakValue(-0.2f));
        CHECK(peaks.max(0, 0) == peakValue(0.3f));
        CHECK(peaks.min(1, 0) == peakValue(0.5f));
        CHECK(peaks.max(1, 0) == peakValue(0.5f));
        CHECK(peaks.min(2, 0) == -32767);
        CHECK(peaks.max(2, 0) == peakValue(0.25f));
    }
}

TEST_CASE("peaks keep the channels apart", "[peaks]")
{
    const std::vector<float> agent = {0.9f, -0.9f, 0.0f, 0.0f};
    const std::vector<float> customer = {0.0f, 0.0f, 0.4f, -0.1f};
    const Peaks peaks = build({agent, customer}, 2, 4);
    REQUIRE(peaks.channels() == 2);
    REQUIRE(peaks.bucketCount() == 2);
    CHECK(peaks.max(0, 0) == peakValue(0.9f));
    CHECK(peaks.max(0, 1) == 0);
    CHECK(peaks.max(1, 0) == 0);
    CHECK(peaks.max(1, 1) == peakValue(0.4f));
    CHECK(peaks.min(1, 1) == peakValue(-0.1f));
}

TEST_CASE("peakValue clamps to full scale", "[peaks]")
{
    CHECK(peakValue(1.5f) == 32767);
    CHECK(peakValue(-2.0f) == -32767);
    CHECK(peakValue(0.5f) == 16384);
    CHECK(peakValue(std::numeric_limits<float>::quiet_NaN()) == 0);
}

TEST_CASE("coarser zoom levels derive from the fine one", "[peaks]")
{
    std::vector<float> samples(100);
    for (std::size_t i = 0; i < samples.size(); ++i)
        samples[i] = std::sin(static_cast<float>(i) * 0.37f) * static_cast<float>(i) / 100.0f;
    const Peaks fine = build({samples}, 5, 13);
    REQUIRE(fine.bucketCount() == 20);

    const Peaks coarse = fine.coarser(4);
    CHECK(coarse.samplesPerBucket() == 20);
    CHECK(coarse.frames() == 100);
    // Identical to computing the coarse level from the audio directly.
    CHECK(coarse == build({samples}, 20, 100));
    CHECK(fine.coarser(3).bucketCount() == 7); // 20 / 3, rounded up
    CHECK(fine.coarser(1) == fine);
    CHECK(fine.coarser(1000).bucketCount() == 1);
}

TEST_CASE("peaks survive serialisation and damaged data is refused", "[peaks]")
{
    const std::vector<float> left = {0.1f, -0.7f, 0.3f, 0.2f, 0.9f};
    const std::vector<float> right = {-0.1f, 0.2f, 0.0f, -0.4f, 0.5f};
    const Peaks peaks = build({left, right}, 2, 5);
    const std::vector<std::uint8_t> bytes = peaks.serialize();
    CHECK(bytes.size() == 32 + peaks.bucketCount() * 2 * 2 * 2);
    CHECK(std::string(bytes.begin(), bytes.begin() + 4) == "CQPK");

    auto back = Peaks::deserialize(bytes);
    REQUIRE(back.ok());
    CHECK(back.value() == peaks);

    struct Row {
        const char* what;
        std::vector<std::uint8_t> bytes;
    };
    std::vector<Row> rows;
    rows.push_back({"empty", {}});
    rows.push_back({"header only, cut", {bytes.begin(), bytes.begin() + 20}});
    rows.push_back({"data cut", {bytes.begin(), bytes.end() - 2}});
    auto extra = bytes;
    extra.push_back(0);
    rows.push_back({"one byte too many", extra});
    auto magic = bytes;
    magic[0] = 'X';
    rows.push_back({"wrong magic", magic});
    auto version = bytes;
    version[4] = 2;
    rows.push_back({"newer version", version});
    auto channels = bytes;
    channels[6] = 0;
    rows.push_back({"zero channels", channels});
    auto buckets = bytes;
    buckets[31] = 0x40; // an absurd bucket count
    rows.push_back({"bucket count beyond the data", buckets});
    auto frames = bytes;
    frames[16] = 0xff;
    rows.push_back({"more frames than the buckets cover", frames});
    for (const Row& row : rows) {
        INFO(row.what);
        auto result = Peaks::deserialize(row.bytes);
        CHECK_FALSE(result.ok());
        CHECK_FALSE(result.error().empty());
    }
}
