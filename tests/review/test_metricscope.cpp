#include "review/metrics/metricscope.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

TEST_CASE("metric scope and day windows parse", "[review][rollups]")
{
    CHECK(parseMetricScope(QStringLiteral("floor")) == MetricScope{MetricScope::Kind::Floor, {}});
    CHECK(parseMetricScope(QStringLiteral("agent:a01")) ==
          MetricScope{MetricScope::Kind::Agent, QStringLiteral("a01")});
    CHECK(parseMetricScope(QStringLiteral("team:Tehran North")) ==
          MetricScope{MetricScope::Kind::Team, QStringLiteral("Tehran North")});
    CHECK(parseMetricScope(QStringLiteral("team:Tehran North"))->toText() ==
          QStringLiteral("team:Tehran North"));
    for (const char* bad : {"", "agent:", "team", "everyone", "Floor"})
        CHECK_FALSE(parseMetricScope(QString::fromLatin1(bad)).has_value());
    const auto march = parseDayWindow(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31"));
    REQUIRE(march.has_value());
    CHECK(march->toMs - march->fromMs == 31LL * 24 * 3600 * 1000);
    CHECK(dayText(march->fromMs) == QStringLiteral("2026-03-01"));
    CHECK(parseDayWindow(QStringLiteral("2026-03-02"), QStringLiteral("2026-03-02")).has_value());
    CHECK_FALSE(parseDayWindow(QStringLiteral("2026-03-02"), QStringLiteral("2026-03-01")));
    CHECK_FALSE(parseDayWindow(QStringLiteral("March"), QStringLiteral("2026-03-01")));
}
