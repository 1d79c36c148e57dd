#include "audio/playback/engine/playbackstream.h"
#include "audio/playback/engine/ringmath.h"
#include "audio/playback/engine/spscring.h"

#include <catch2/catch.hpp>

#include <thread>
#include <vector>

using namespace callqa::audio;

TEST_CASE("ringSpans splits a range at the end of the storage", "[ring]")
{
    struct Row {
        std::uint64_t index;
        std::size_t count;
        std::size_t capacity;
        std::size_t off0, len0, off1, len1;
    };
    const Row rows[] = {
        {0, 4, 8, 0, 4, 0, 0},   {6, 4, 8, 6, 2, 0, 2},
        {8, 8, 8, 0, 8, 0, 0},   {13, 3, 8, 5, 3, 0, 0},
        {15, 20, 8, 7, 1, 0, 7}, {5, 0, 8, 0, 0, 0, 0},
        {5, 3, 0, 0, 0, 0, 0},   {(1ull << 40) + 3, 6, 8, 3, 5, 0, 1},
    };
    for (const Row& r : rows) {
        INFO("index " << r.index << " count " << r.count << " capacity " << r.capacity);
        const auto spans = ringSpans(r.index, r.count, r.capacity);
        CHECK(spans[0].offset == r.off0);
        CHECK(spans[0].length == r.len0);
        CHECK(spans[1].offset == r.off1);
        CHECK(spans[1].length == r.len1);
    }
}

TEST_CASE("ringFree and ringUsed from the two indexes", "[ring]")
{
    struct Row {
        std::uint64_t write, read;
        std::size_t capacity, used, free;
    };
    const Row rows[] = {
        {0, 0, 8, 0, 8}, {5, 2, 8, 3, 5}, {10, 2, 8, 8, 0}, {2, 5, 8, 0, 0}, {12, 2, 8, 10, 0},
    };
    for (const Row& r : rows) {
        INFO("write " << r.write << " read " << r.read);
        CHECK(ringUsed(r.write, r.read) == r.used);
        CHECK(ringFree(r.write, r.read, r.capacity) == r.free);
    }
}

TEST_CASE("SpscRing hands every sample over in order between two threads", "[ring]")
{
    SpscRing ring(37); // odd size: wraps at every offset
    constexpr int kTotal = 200000;
    std::thread producer([&] {
        float next = 0;
        while (next < kTotal) {
            float chunk[16];
            int n = 0;
            while (n < 16 && next + static_cast<float>(n) < kTotal) {
                chunk[n] = next + static_cast<float>(n);
                ++n;
            }
            next += static_cast<float>(ring.write(chunk, static_cast<std::size_t>(n)));
        }
    });
    std::vector<float> got;
    float buffer[11];
    while (got.size() < kTotal) {
        const std::size_t n = ring.read(buffer, 11);
        got.insert(got.end(), buffer, buffer + n);
    }
    producer.join();
    bool inOrder = true;
    for (std::size_t i = 0; i < got.size(); ++i)
        inOrder = inOrder && got[i] == static_cast<float>(i);
    CHECK(inOrder);
    CHECK(ring.readable() == 0);
}

TEST_CASE("PlaybackStream hands out only the requested generation", "[ring]")
{
    PlaybackStream stream(8, 2);
    const float oldFrames[] = {1, 1, 2, 2, 3, 3};
    stream.beginGeneration(0);
    stream.write(oldFrames, 3);
    float out[16] = {};
    REQUIRE(stream.read(out, 1) == 1);
    CHECK(out[0] == 1.0f);

    // A seek: nothing comes out until the producer starts the new generation, and the old
    // frames are dropped then.
    const std::uint64_t next = stream.bumpGeneration();
    CHECK(stream.readableFrames() == 0);
    CHECK(stream.read(out, 4) == 0);
    CHECK_FALSE(stream.dropStale());
    CHECK(stream.writableFrames() == 8); // room for the new generation at once
    CHECK(stream.takeStarved());
    CHECK_FALSE(stream.takeStarved());
    stream.write(oldFrames, 2); // written by the producer before it noticed the seek
    stream.beginGeneration(next);
    const float newFrames[] = {7, 7, 8, 8};
    stream.write(newFrames, 2);
    CHECK(stream.readableFrames() == 2);
    REQUIRE(stream.read(out, 4) == 2);
    CHECK(out[0] == 7.0f);
    CHECK(out[2] == 8.0f);
    CHECK_FALSE(stream.finished());
    stream.markEnded(next);
    CHECK(stream.finished());
    // An end of an older generation does not end a newer one.
    stream.bumpGeneration();
    CHECK_FALSE(stream.finished());
}
