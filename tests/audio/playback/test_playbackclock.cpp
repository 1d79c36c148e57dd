#include "audio/playback/engine/outputformat.h"
#include "audio/playback/engine/playbackclock.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>

using namespace callqa::audio;

TEST_CASE("heardFrame: consumed frames since the seek, at the tempo", "[clock]")
{
    struct Row {
        const char* what;
        ClockReading reading;
        std::int64_t expected;
    };
    const Row rows[] = {
        {"nothing handed yet", {48000, 1.0, 0, 0, 0}, 48000},
        {"handed, all played", {0, 1.0, 4800, 0, 0}, 4800},
        {"part still in the sink", {0, 1.0, 4800, 960, 0}, 3840},
        {"older frames still buffered after a seek", {96000, 1.0, 100, 2000, 0}, 96000},
        {"1.5x: media moves faster", {1000, 1.5, 2000, 0, 0}, 4000},
        {"0.5x", {0, 0.5, 2000, 0, 0}, 1000},
        {"clamped to the duration", {0, 1.0, 9000, 0, 8000}, 8000},
        {"negative buffer reading ignored", {0, 1.0, 500, -20, 0}, 500},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        CHECK(heardFrame(row.reading) == row.expected);
    }
    CHECK(framesToMs(48000, 48000) == 1000);
    CHECK(framesToMs(123, 0) == 0);
    CHECK(msToFrames(7000, 44100) == 308700);
}

TEST_CASE("chooseOutputFormat follows the device, at most stereo", "[format]")
{
    const auto make = [](int rate, int channels, QAudioFormat::SampleFormat sample) {
        QAudioFormat f;
        f.setSampleRate(rate);
        f.setChannelCount(channels);
        f.setSampleFormat(sample);
        return f;
    };
    struct Row {
        QAudioFormat preferred;
        int rate, channels;
        QAudioFormat::SampleFormat sample;
    };
    const Row rows[] = {
        {make(44100, 2, QAudioFormat::Int16), 44100, 2, QAudioFormat::Int16},
        {make(48000, 6, QAudioFormat::Float), 48000, 2, QAudioFormat::Float},
        {make(16000, 1, QAudioFormat::Int32), 16000, 1, QAudioFormat::Int32},
        {QAudioFormat(), 48000, 2, QAudioFormat::Float}, // no device
        {make(999999, 2, QAudioFormat::UInt8), 48000, 2, QAudioFormat::UInt8},
    };
    for (const Row& row : rows) {
        const QAudioFormat chosen = chooseOutputFormat(row.preferred);
        CHECK(chosen.sampleRate() == row.rate);
        CHECK(chosen.channelCount() == row.channels);
        CHECK(chosen.sampleFormat() == row.sample);
    }
}

TEST_CASE("writeSamples converts and clips", "[format]")
{
    const float in[] = {0.0f, 1.0f, -1.0f, 2.0f, 0.5f};
    char out[5 * 4];
    writeSamples(in, QAudioFormat::Int16, out);
    std::int16_t s16[5];
    std::memcpy(s16, out, sizeof(s16));
    CHECK(s16[0] == 0);
    CHECK(s16[1] == 32767);
    CHECK(s16[2] == -32767);
    CHECK(s16[3] == 32767);
    CHECK(s16[4] == 16384);
    writeSamples(in, QAudioFormat::UInt8, out);
    CHECK(static_cast<unsigned char>(out[0]) == 128);
    CHECK(static_cast<unsigned char>(out[1]) == 255);
    CHECK(static_cast<unsigned char>(out[2]) == 1);
    writeSamples(in, QAudioFormat::Float, out);
    float f[5];
    std::memcpy(f, out, sizeof(f));
    CHECK(f[3] == 1.0f);
    CHECK(f[4] == 0.5f);
}
