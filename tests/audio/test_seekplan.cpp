#include "audio/core/seekplan.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

using namespace callqa::audio;

TEST_CASE("codecFamily groups decoder names by seek behaviour", "[seekplan]")
{
    struct Row {
        std::string name;
        CodecFamily family;
    };
    const Row rows[] = {
        {"pcm_s16le", CodecFamily::Pcm}, {"pcm_mulaw", CodecFamily::Pcm},
        {"pcm_alaw", CodecFamily::Pcm},  {"flac", CodecFamily::Flac},
        {"mp3float", CodecFamily::Mp3},  {"mp3", CodecFamily::Mp3},
        {"aac", CodecFamily::Aac},       {"aac_fixed", CodecFamily::Aac},
        {"opus", CodecFamily::Opus},     {"libopus", CodecFamily::Opus},
        {"vorbis", CodecFamily::Vorbis}, {"libvorbis", CodecFamily::Vorbis},
        {"gsm_ms", CodecFamily::Gsm},    {"gsm", CodecFamily::Gsm},
        {"libgsm_ms", CodecFamily::Gsm}, {"adpcm_ima_wav", CodecFamily::Other},
        {"", CodecFamily::Other},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        CHECK(codecFamily(row.name) == row.family);
    }
}

TEST_CASE("prerollSamples: none for stateless frames, codec frames or 80+ ms otherwise",
          "[seekplan]")
{
    struct Row {
        CodecFamily family;
        int rate;
        int frameSize;
        std::int64_t expected;
    };
    const Row rows[] = {
        {CodecFamily::Pcm, 8000, 0, 0},
        {CodecFamily::Flac, 44100, 4096, 0},
        {CodecFamily::Mp3, 44100, 1152, 11520}, // 10 frames for the bit reservoir
        {CodecFamily::Mp3, 8000, 576, 5760},
        {CodecFamily::Mp3, 44100, 0, 11520},   // frame size unknown: 1152
        {CodecFamily::Aac, 44100, 1024, 3528}, // 80 ms > 3 frames
        {CodecFamily::Aac, 8000, 1024, 3072},  // 3 frames > 80 ms
        {CodecFamily::Opus, 48000, 960, 5760}, // 120 ms
        {CodecFamily::Vorbis, 44100, 0, 4096},
        {CodecFamily::Gsm, 8000, 160, 8000}, // 50 frames
        {CodecFamily::Other, 8000, 0, 1600},
    };
    for (const Row& row : rows) {
        INFO("family " << static_cast<int>(row.family) << " rate " << row.rate);
        CHECK(prerollSamples(row.family, row.rate, row.frameSize) == row.expected);
    }
}

TEST_CASE("planSeek turns a target sample into a backward seek timestamp", "[seekplan]")
{
    struct Row {
        const char* what;
        SeekRequest request;
        std::int64_t timestamp;
        std::int64_t preroll;
        bool fromStart;
    };
    const Row rows[] = {
        {"PCM lands on the target",
         {8000, 8000, CodecFamily::Pcm, 0, {1, 8000}, 0, 0, 0},
         8000,
         0,
         false},
        {"MP3 in its 1/14112000 time base",
         {44100, 44100, CodecFamily::Mp3, 1152, {1, 14112000}, 0, 0, 0},
         (44100 - 11520) * 320,
         11520,
         false},
        {"near the start the seek goes to the first packet",
         {1000, 48000, CodecFamily::Opus, 960, {1, 48000}, 0, 0, 0},
         0,
         1000,
         true},
        {"a stream that does not start at 0",
         {10000, 44100, CodecFamily::Aac, 1024, {1, 44100}, 100, 100, 0},
         100 + 10000 - 3528,
         3528,
         false},
        {"MP3 encoder delay: the first packet comes 1105 samples before the first sample",
         {2000, 16000, CodecFamily::Mp3, 576, {1, 14112000}, 1105 * 882, 0, 0},
         0,
         2000,
         true},
        {"after the priming the plan counts from the first sample",
         {20000, 16000, CodecFamily::Mp3, 576, {1, 14112000}, 1105 * 882, 0, 0},
         (1105 + 20000 - 5760) * 882,
         5760,
         false},
        {"a retry asks for (pre-roll + 1 s) * 4",
         {441000, 44100, CodecFamily::Mp3, 1152, {1, 14112000}, 0, 0, 1},
         (441000 - (11520 + 44100) * 4) * 320,
         (11520 + 44100) * 4,
         false},
        {"the last attempt decodes from the first packet",
         {441000, 44100, CodecFamily::Mp3, 1152, {1, 14112000}, 7, 3, kLastSeekAttempt},
         3,
         441000,
         true},
        {"a negative target is the start",
         {-5, 8000, CodecFamily::Pcm, 0, {1, 8000}, 0, 0, 0},
         0,
         0,
         true},
        {"a damaged origin that would overflow decodes from the first packet",
         {8000, 8000, CodecFamily::Pcm, 0, {1, 8000}, INT64_MAX - 5, 0, 0},
         0,
         8000,
         true},
        {"a broken time base decodes from the start",
         {8000, 8000, CodecFamily::Pcm, 0, {0, 0}, 0, 0, 0},
         0,
         8000,
         true},
    };

    for (const Row& row : rows) {
        INFO(row.what);
        const SeekPlan plan = planSeek(row.request);
        CHECK(plan.timestamp == row.timestamp);
        CHECK(plan.prerollSamples == row.preroll);
        CHECK(plan.fromStart == row.fromStart);
    }
}

TEST_CASE("samplesToDrop trims the frame that holds the target", "[seekplan]")
{
    struct Row {
        std::int64_t frameStart;
        std::int64_t frameSamples;
        std::int64_t target;
        std::int64_t expected;
    };
    const Row rows[] = {
        {0, 1152, 500, 500},              // target inside the frame
        {1152, 1152, 500, 0},             // frame after the target: keep all
        {0, 1152, 2000, 1152},            // frame before the target: drop all
        {-100, 1152, 0, 100},             // priming before the first sample
        {0, 1152, 1152, 1152},            // target right after the frame
        {0, 0, 10, 0},                    // empty frame
        {INT64_MIN, 100, INT64_MAX, 100}, // damaged positions do not overflow
        {INT64_MAX, 100, INT64_MIN, 0},
    };
    for (const Row& row : rows) {
        INFO(row.frameStart << " " << row.frameSamples << " " << row.target);
        CHECK(samplesToDrop(row.frameStart, row.frameSamples, row.target) == row.expected);
    }
}
