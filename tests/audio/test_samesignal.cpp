#include "audio/core/samesignal.h"

#include <catch2/catch.hpp>

using namespace callqa::audio;

TEST_CASE("two channels carry one signal only when they match over the loud frames",
          "[vad][samesignal]")
{
    const VadOptions options; // 0.98, 1 dB, 90 %, loud from -55 dB
    struct Row {
        const char* what;
        std::vector<float> first, second, rho;
        bool expected;
    };
    const Row rows[] = {
        {"a mono mix written twice", {-20, -30, -90}, {-20, -30, -90}, {1, 1, 0}, true},
        {"a downmixing codec: nearly equal", {-20, -31}, {-20.5f, -30.2f}, {0.99f, 0.985f}, true},
        {"a real stereo call: one side at a time",
         {-20, -90, -22},
         {-90, -25, -90},
         {0, 0, 0},
         false},
        {"heavy bleed is still two signals", {-20, -35}, {-35, -20}, {1, 1}, false},
        {"identical only in quiet frames", {-70, -20, -20}, {-70, -40, -40}, {1, 1, 1}, false},
        {"silence everywhere", {-90, -90}, {-90, -90}, {0, 0}, false},
        {"nine in ten frames match",
         {-20, -20, -20, -20, -20, -20, -20, -20, -20, -20},
         {-20, -20, -20, -20, -20, -20, -20, -20, -20, -40},
         {1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
         true},
        {"eight in ten do not",
         {-20, -20, -20, -20, -20, -20, -20, -20, -20, -20},
         {-20, -20, -20, -20, -20, -20, -20, -20, -40, -40},
         {1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
         false},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        CHECK(carrySameSignal(row.first, row.second, row.rho, options) == row.expected);
    }
}
