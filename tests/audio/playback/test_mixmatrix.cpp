#include "audio/playback/engine/mixmatrix.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace callqa::audio;

TEST_CASE("mixMatrix: plain routing, mute and solo", "[mix]")
{
    const ChannelMap leftAgent{0, 1};
    const ChannelMap rightAgent{1, 0};
    struct Row {
        const char* what;
        int in, out;
        ChannelMap map;
        ChannelFocus focus;
        std::vector<float> expected; // out rows of in gains
    };
    const Row rows[] = {
        {"stereo plays as is", 2, 2, leftAgent, {}, {1, 0, 0, 1}},
        {"mono to both speakers", 1, 2, {}, {}, {1, 1}},
        {"mono ignores mute (no sides)", 1, 2, leftAgent, {true, true, CallSide::Agent}, {1, 1}},
        {"stereo to a mono device averages", 2, 1, {}, {}, {0.5f, 0.5f}},
        {"mute customer (right)", 2, 2, leftAgent, {false, true, {}}, {1, 0, 0, 0}},
        {"mute agent (left)", 2, 2, leftAgent, {true, false, {}}, {0, 0, 0, 1}},
        {"mute both", 2, 2, leftAgent, {true, true, {}}, {0, 0, 0, 0}},
        {"solo customer: centred",
         2,
         2,
         leftAgent,
         {false, false, CallSide::Customer},
         {0, 1, 0, 1}},
        {"solo agent on the right channel",
         2,
         2,
         rightAgent,
         {false, false, CallSide::Agent},
         {0, 1, 0, 1}},
        {"solo beats mute of the same side",
         2,
         2,
         leftAgent,
         {true, false, CallSide::Agent},
         {1, 0, 1, 0}},
        {"no usable map: mute ignored", 2, 2, {0, 0}, {true, false, {}}, {1, 0, 0, 1}},
        {"map out of range: mute ignored", 2, 2, {0, 5}, {false, true, {}}, {1, 0, 0, 1}},
        {"solo on a mono device", 2, 1, leftAgent, {false, false, CallSide::Customer}, {0, 1}},
        {"three channels, third dropped", 3, 2, {}, {}, {1, 0, 0, 0, 1, 0}},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        CHECK(mixMatrix(row.in, row.out, row.map, row.focus) == row.expected);
    }
    CHECK(mixMatrix(0, 2, {}, {}).empty());
}

TEST_CASE("mixFrames applies the matrix and the gain", "[mix]")
{
    const std::vector<float> in = {0.5f, -0.25f, 1.0f, 0.0f};
    std::vector<float> out(4);
    mixFrames(in, 2, out, 2, mixMatrix(2, 2, {0, 1}, {false, false, CallSide::Agent}), 0.5f, 2);
    CHECK(out == std::vector<float>{0.25f, 0.25f, 0.5f, 0.5f});
    std::vector<float> mono(2);
    mixFrames(in, 2, mono, 1, mixMatrix(2, 1, {}, {}), 1.0f, 2);
    CHECK(mono == std::vector<float>{0.125f, 0.5f});
}
