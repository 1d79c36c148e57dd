#include "app/demo/callmixer.h"

#include <catch2/catch.hpp>

using namespace callqa::app;

TEST_CASE("demo mixer: agent left, customer right, gaps and overtalk", "[app][demo]")
{
    const int rate = 1000; // one frame per millisecond keeps the arithmetic readable
    QList<Turn> turns;
    turns << Turn{Speaker::Agent, QVector<qint16>(500, 100), 0};
    turns << Turn{Speaker::Customer, QVector<qint16>(400, 200), 250};
    turns << Turn{Speaker::Agent, QVector<qint16>(300, 300), -100}; // overtalk
    const MixedCall call = mixCall(turns, rate, 100);

    REQUIRE(call.segments.size() == 3);
    CHECK(call.segments.at(0).startFrame == 100);
    CHECK(call.segments.at(0).endFrame == 600);
    CHECK(call.segments.at(1).startFrame == 850);
    CHECK(call.segments.at(1).endFrame == 1250);
    CHECK(call.segments.at(2).startFrame == 1150);
    CHECK(call.segments.at(2).endFrame == 1450);
    CHECK(call.interleaved.size() == (1450 + 100) * 2);

    const auto left = [&](qint64 frame) { return call.interleaved.at(frame * 2); };
    const auto right = [&](qint64 frame) { return call.interleaved.at(frame * 2 + 1); };
    CHECK(left(99) == 0);
    CHECK(left(100) == 100);
    CHECK(right(100) == 0);
    CHECK(right(850) == 200);
    CHECK(left(850) == 0);
    INFO("during overtalk both channels carry speech");
    CHECK(left(1200) == 300);
    CHECK(right(1200) == 200);
    CHECK(left(1500) == 0);
}
