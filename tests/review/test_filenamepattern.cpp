#include "review/calls/filenamepattern.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

TEST_CASE("file names: the documented pattern", "[review][filename]")
{
    const CallFacts facts =
        factsFromFileName(QStringLiteral("2026/03/20260305-101500_a017_in_C-88231.wav"));
    CHECK(facts.file == QStringLiteral("2026/03/20260305-101500_a017_in_C-88231.wav"));
    CHECK(facts.agentId == QStringLiteral("a017"));
    CHECK(facts.direction == QStringLiteral("inbound"));
    CHECK(facts.callId == QStringLiteral("C-88231"));
    CHECK(facts.startedAtMs == parseCallTime(QStringLiteral("2026-03-05T10:15:00Z")));
}

TEST_CASE("file names: optional parts and names that do not follow the pattern",
          "[review][filename]")
{
    const CallFacts minimal = factsFromFileName(QStringLiteral("20260305-101500_a017.opus"));
    CHECK(minimal.agentId == QStringLiteral("a017"));
    CHECK(minimal.direction.isEmpty());
    CHECK(minimal.callId.isEmpty());

    const CallFacts outbound = factsFromFileName(QStringLiteral("20260305-101500_a017_OUT.mp3"));
    CHECK(outbound.direction == QStringLiteral("outbound"));

    for (const char* name : {"recording.wav", "20261305-101500_a017.wav", "2026-03-05_a017.wav",
                             "20260305-101500.wav"}) {
        INFO(name);
        const CallFacts facts = factsFromFileName(QString::fromUtf8(name));
        CHECK(facts.agentId.isEmpty());
        CHECK_FALSE(facts.startedAtMs.has_value());
        CHECK(facts.file == QString::fromUtf8(name));
    }
}
