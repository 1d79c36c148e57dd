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

// Levels of one channel fed in pieces of `piece` samples.
std::vector<float> levelsOf(const std::vector<float>& samples, int rate, double lagUs,
                            std::size_t piece = 77)
{
    LevelMeter meter(1, rate / 50, levelLagSamples(lagUs, rate));
    for (std::size_t at = 0; at < samples.size(); at += piece) {
        const float* plane = samples.data() + at;
        meter.add(&plane, std::min<std::size_t>(piece, samples.size() - at));
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
    CHECK(levelsOf(std::vector<float>(800), 8000, 125.0)[2] == LevelMeter::kSilenceDb);
}

TEST_CASE("levels: the difference cuts mains hum and keeps the voice band at any rate",
          "[vad][levels]")
{
    for (const double hum : {50.0, 60.0}) {
        INFO(hum << " Hz");
        const auto levels = levelsOf(sine(hum, 0.5, 8000, 16000), 8000, 125.0);
        CHECK(levels.back() < -9.0 - 25.0); // 0.5 amplitude is -9 dB: at least 25 dB down
    }
    // 1 kHz through x[n] - x[n - 125 us]: 2 sin(pi/8), -2.3 dB
    for (const int rate : {8000, 16000, 48000}) {
        INFO(rate << " Hz");
        const auto voice = levelsOf(sine(1000, 0.5, rate, std::size_t(rate) * 2), rate, 125.0);
        CHECK(voice.back() == Approx(-9.03 - 2.32).margin(0.1));
    }
    CHECK(levelLagSamples(125.0, 8000) == 1);
    CHECK(levelLagSamples(125.0, 44100) == 6);
    CHECK(levelLagSamples(125.0, 4000) == 1);
    CHECK(levelLagSamples(0.0, 8000) == 0);
}

TEST_CASE("levels do not depend on how the audio arrives", "[vad][levels]")
{
    const auto samples = sine(700, 0.3, 48000, 48000);
    const auto whole = levelsOf(samples, 48000, 125.0, samples.size());
    for (const std::size_t piece : {3, 77, 960}) { // 3: pieces shorter than the lag
        INFO("pieces of " << piece);
        const auto pieces = levelsOf(samples, 48000, 125.0, piece);
        REQUIRE(pieces.size() == whole.size());
        for (std::size_t i = 0; i < whole.size(); ++i) // float sums in another order
            CHECK(pieces[i] == Approx(whole[i]).margin(1e-3));
    }
}

TEST_CASE("levels: the correlation of the two channels per frame", "[vad][levels]")
{
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
        LevelMeter meter(2, 160, 1);
        const float* planes[] = {voice.data(), row.second.data()};
        meter.add(planes, voice.size());
        meter.finish();
        REQUIRE(meter.correlation().size() == 10);
        for (const float rho : meter.correlation())
            CHECK(rho == Approx(row.expected).margin(row.margin));
    }
    LevelMeter mono(1, 160, 1);
    const float* plane = voice.data();
    mono.add(&plane, voice.size());
    mono.finish();
    CHECK(mono.correlation().empty());
}
