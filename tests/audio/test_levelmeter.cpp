#include "audio/core/levelmeter.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>
#include <random>

using namespace callqa::audio;

namespace {

std::vector<float> sine(double hz, double amplitude, int rate, std::size_t count)
{
    std::vector<float> out(count);
    for (std::size_t i = 0; i < count; ++i)
        out[i] = static_cast<float>(amplitude *
                                    std::sin(2.0 * std::numbers::pi * hz * double(i) / rate));
    return out;
}

// Levels of one channel fed in odd-sized pieces (frames must not depend on how audio arrives).
std::vector<float> levelsOf(const std::vector<float>& samples, int rate, double highPassHz)
{
    LevelMeter meter(1, rate / 50, rate, highPassHz);
    for (std::size_t at = 0; at < samples.size(); at += 77) {
        const float* plane = samples.data() + at;
        meter.add(&plane, std::min<std::size_t>(77, samples.size() - at));
    }
    meter.finish();
    return meter.levels(0);
}

} // namespace

TEST_CASE("levels: a full-scale sine is -3 dB, silence the floor value", "[vad][levels]")
{
    const auto levels = levelsOf(sine(1000, 1.0, 8000, 8000), 8000, 0.0);
    REQUIRE(levels.size() == 50);
    CHECK(levels[10] == Approx(-3.01).margin(0.05));
    CHECK(levelsOf(std::vector<float>(800), 8000, 200.0)[2] == LevelMeter::kSilenceDb);
}

TEST_CASE("levels: the high-pass cuts mains hum and keeps the voice band", "[vad][levels]")
{
    for (const double hum : {50.0, 60.0}) {
        INFO(hum << " Hz");
        const auto levels = levelsOf(sine(hum, 0.5, 8000, 16000), 8000, 200.0);
        CHECK(levels.back() < -6.0 - 20.0); // 0.5 amplitude is -9 dB: at least 20 dB down
    }
    const auto voice = levelsOf(sine(1000, 0.5, 8000, 16000), 8000, 200.0);
    CHECK(voice.back() == Approx(-9.03).margin(0.2));
}

TEST_CASE("levels: the correlation of the two channels per frame", "[vad][levels]")
{
    const int rate = 8000;
    std::mt19937 random(7);
    std::normal_distribution<float> noise(0.0f, 0.1f);
    std::vector<float> voice(1600), other(1600);
    for (std::size_t i = 0; i < voice.size(); ++i) {
        voice[i] = noise(random);
        other[i] = noise(random);
    }
    struct Row {
        const char* what;
        std::vector<float> second;
        double expected;
        double margin;
    };
    std::vector<float> copy(voice.size()), inverted(voice.size()), half(voice.size());
    for (std::size_t i = 0; i < voice.size(); ++i) {
        copy[i] = 0.1f * voice[i];
        inverted[i] = -voice[i];
        half[i] = 0.1f * voice[i] + 0.1f * other[i];
    }
    const Row rows[] = {
        {"a scaled copy (bleed)", copy, 1.0, 1e-3},
        {"an inverted copy", inverted, -1.0, 1e-3},
        {"another voice", other, 0.0, 0.25},
        {"half copy, half own", half, std::sqrt(0.5), 0.15},
        {"silence", std::vector<float>(voice.size()), 0.0, 0.0},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        LevelMeter meter(2, 160, rate, 200.0);
        const float* planes[] = {voice.data(), row.second.data()};
        meter.add(planes, voice.size());
        meter.finish();
        REQUIRE(meter.correlation().size() == 10);
        for (const float rho : meter.correlation())
            CHECK(rho == Approx(row.expected).margin(row.margin));
    }
    LevelMeter mono(1, 160, rate, 200.0);
    const float* plane = voice.data();
    mono.add(&plane, voice.size());
    mono.finish();
    CHECK(mono.correlation().empty());
}
