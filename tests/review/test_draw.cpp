#include "review/queues/draw.h"
#include "review/queues/placenames.h"
#include "review/queues/seededrandom.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

using namespace callqa::review;

namespace {

constexpr qint64 kMinute = 60'000;

qint64 utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// 40 calls of three agents over two weeks: short ones mostly, some long, two queues.
std::vector<FrameCall> floorFrame()
{
    std::vector<FrameCall> frame;
    const qint64 monday = utc("2026-03-02T09:00:00Z");
    for (qint64 i = 1; i <= 40; ++i) {
        FrameCall call;
        call.id = 100 + i;
        call.agentId = 1 + i % 3;
        call.queue = i % 4 == 0 ? QStringLiteral("billing") : QStringLiteral("technical");
        call.durationMs = i % 4 == 1 ? 12 * kMinute : 90'000;
        call.startedAtMs = monday + (i % 14) * 24 * 3600'000LL + (i % 5) * 3600'000LL;
        frame.push_back(call);
    }
    return frame;
}

std::vector<qint64> ids(const Draw& draw)
{
    std::vector<qint64> out;
    for (const DrawnCall& call : draw.calls)
        out.push_back(call.callId);
    return out;
}

// The upper 0.1 % point of chi-square with `df` degrees of freedom (Wilson-Hilferty).
double chiSquareCritical(int df)
{
    const double z = 3.090;
    const double a = 2.0 / (9.0 * df);
    return df * std::pow(1.0 - a + z * std::sqrt(a), 3.0);
}

} // namespace

TEST_CASE("draw: a pure function of frame, rule and seed", "[review][queues]")
{
    SamplingRule rule;
    rule.quotaKind = QuotaKind::Total;
    rule.quota = 9;
    rule.stratify = {StratumDimension::Queue, StratumDimension::Duration};
    rule.seed = 42;
    std::vector<FrameCall> frame = floorFrame();
    const Draw first = drawSample(frame, rule);
    REQUIRE(first.calls.size() == 9);

    INFO("the frame's order does not matter");
    std::reverse(frame.begin(), frame.end());
    std::rotate(frame.begin(), frame.begin() + 13, frame.end());
    CHECK(ids(drawSample(frame, rule)) == ids(first));

    INFO("no call twice, every call from the frame");
    const std::vector<qint64> drawn = ids(first);
    CHECK(QSet<qint64>(drawn.begin(), drawn.end()).size() == 9);
    for (qint64 id : drawn)
        CHECK((id > 100 && id <= 140));

    INFO("another seed, another sample (of the same allocation)");
    SamplingRule other = rule;
    other.seed = 43;
    const Draw second = drawSample(frame, other);
    CHECK(ids(second) != ids(first));
    REQUIRE(second.strata.size() == first.strata.size());
    for (size_t i = 0; i < first.strata.size(); ++i)
        CHECK(second.strata[i].allocated == first.strata[i].allocated);

    INFO("a quota group's draw does not change when another group's calls come and go");
    SamplingRule perAgent = rule;
    perAgent.quotaKind = QuotaKind::PerAgentPerPeriod;
    perAgent.quota = 3;
    const Draw all = drawSample(floorFrame(), perAgent);
    std::vector<FrameCall> withoutAgent2 = floorFrame();
    std::erase_if(withoutAgent2, [](const FrameCall& c) { return c.agentId == 2; });
    const Draw less = drawSample(withoutAgent2, perAgent);
    std::vector<qint64> allButAgent2;
    for (const DrawnCall& call : all.calls) {
        if (call.group != QStringLiteral("agent=2"))
            allButAgent2.push_back(call.callId);
    }
    CHECK(ids(less) == allButAgent2);
}

TEST_CASE("draw: quota groups and strata as the rule says", "[review][queues]")
{
    SamplingRule rule;
    rule.quotaKind = QuotaKind::PerAgentPerWeek;
    rule.quota = 2;
    rule.seed = 1;
    const Draw draw = drawSample(floorFrame(), rule);
    std::map<QString, qint64> perGroup;
    for (const DrawnCall& call : draw.calls)
        ++perGroup[call.group];
    INFO("three agents, two ISO weeks (W10 and W11): two calls for each");
    CHECK(perGroup.size() == 6);
    for (const auto& [group, count] : perGroup) {
        INFO(group.toStdString());
        CHECK(group.contains(QStringLiteral("/week=2026-W1")));
        CHECK(count == 2);
    }
    INFO("a group with fewer calls than the quota gives what it has");
    std::vector<FrameCall> tiny = {{1, 9, {}, 1000, utc("2026-03-02T09:00:00Z")}};
    CHECK(drawSample(tiny, rule).calls.size() == 1);

    INFO("every stratum reported with its eligible calls and its share");
    SamplingRule stratified;
    stratified.quota = 10;
    stratified.stratify = {StratumDimension::Duration};
    const Draw byDuration = drawSample(floorFrame(), stratified);
    REQUIRE(byDuration.strata.size() == 2);
    CHECK(byDuration.strata[0].stratum == QStringLiteral("duration=0-2min"));
    CHECK(byDuration.strata[0].eligible == 30);
    CHECK(byDuration.strata[0].allocated == 7);
    CHECK(byDuration.strata[1].stratum == QStringLiteral("duration=10min+"));
    CHECK(byDuration.strata[1].eligible == 10);
    CHECK(byDuration.strata[1].allocated == 3);
}

TEST_CASE("draw: weeks and dayparts are the floor's, in its time zone", "[review][queues]")
{
    SamplingRule rule;
    rule.quotaKind = QuotaKind::PerAgentPerWeek;
    rule.stratify = {StratumDimension::Daypart};
    // Sunday 23:30 UTC is Monday 02:30 in Istanbul: the next ISO week, at night.
    const FrameCall call{1, 5, {}, 1000, utc("2026-03-08T23:30:00Z")};
    const CallPlace inUtc = placeOf(call, rule, QTimeZone("UTC"));
    CHECK(inUtc.group == QStringLiteral("agent=5/week=2026-W10"));
    CHECK(inUtc.stratum == QStringLiteral("daypart=evening"));
    const CallPlace inIstanbul = placeOf(call, rule, QTimeZone("Europe/Istanbul"));
    CHECK(inIstanbul.group == QStringLiteral("agent=5/week=2026-W11"));
    CHECK(inIstanbul.stratum == QStringLiteral("daypart=night"));

    const struct {
        qint64 ms;
        const char* band;
    } bands[] = {{0, "0-2min"},        {119'999, "0-2min"},  {120'000, "2-5min"},
                 {299'999, "2-5min"},  {300'000, "5-10min"}, {600'000, "10min+"},
                 {7'200'000, "10min+"}};
    for (const auto& row : bands)
        CHECK(durationBand(row.ms) == QString::fromLatin1(row.band));
    CHECK(daypart(0) == QStringLiteral("night"));
    CHECK(daypart(6) == QStringLiteral("morning"));
    CHECK(daypart(12) == QStringLiteral("afternoon"));
    CHECK(daypart(23) == QStringLiteral("evening"));
}

TEST_CASE("draw: fair over 2,000 seeds (chi-square per stratum, long and short in proportion, "
          "no agent over-sampled)",
          "[review][queues][fairness]")
{
    SamplingRule rule;
    rule.quotaKind = QuotaKind::Total;
    rule.quota = 8;
    rule.stratify = {StratumDimension::Duration};
    const std::vector<FrameCall> frame = floorFrame();
    const int draws = 2000;
    std::map<qint64, int> timesDrawn;
    std::map<QString, std::vector<qint64>> strata;
    std::map<qint64, int> perAgent;
    qint64 longDrawn = 0;
    for (int seed = 0; seed < draws; ++seed) {
        rule.seed = quint64(seed) * 7919 + 1;
        const Draw draw = drawSample(frame, rule);
        REQUIRE(draw.calls.size() == 8);
        for (const DrawnCall& call : draw.calls) {
            ++timesDrawn[call.callId];
            if (call.stratum == QStringLiteral("duration=10min+"))
                ++longDrawn;
        }
        if (seed == 0) {
            for (const StratumCount& stratum : draw.strata)
                INFO(stratum.stratum.toStdString() << " allocated " << stratum.allocated);
        }
    }
    for (const FrameCall& call : frame) {
        strata[QStringLiteral("duration=") + durationBand(call.durationMs)].push_back(call.id);
        perAgent[call.agentId] += timesDrawn[call.id];
    }
    // 30 short and 10 long calls, 8 draws: one each, then 6 by (29, 9) -> 6 short, 2 long.
    const std::map<QString, double> allocated = {{QStringLiteral("duration=0-2min"), 6.0},
                                                 {QStringLiteral("duration=10min+"), 2.0}};
    for (const auto& [stratum, members] : strata) {
        const double expected = draws * allocated.at(stratum) / double(members.size());
        double chi = 0;
        for (qint64 id : members)
            chi += std::pow(timesDrawn[id] - expected, 2) / expected;
        INFO(stratum.toStdString()
             << ": chi-square " << chi << " over " << members.size() - 1 << " degrees of freedom");
        CHECK(chi < chiSquareCritical(int(members.size()) - 1));
    }
    INFO("long calls are 10 of 40 in the frame and 2 of 8 in every draw");
    CHECK(longDrawn == 2 * draws);
    INFO("agents' shares follow their calls: each agent's draws within 10 % of its share");
    std::map<qint64, int> callsPerAgent;
    for (const FrameCall& call : frame)
        ++callsPerAgent[call.agentId];
    for (const auto& [agent, drawn] : perAgent) {
        const double share = 8.0 * draws * callsPerAgent[agent] / double(frame.size());
        INFO("agent " << agent << " drawn " << drawn << ", share " << share);
        CHECK(std::abs(drawn - share) < 0.1 * share);
    }
}

TEST_CASE("draw: quota groups and strata as a person reads them", "[review][queues]")
{
    const PlaceNames names; // no workspace: internal agent ids stay
    CHECK(names.readable(QStringLiteral("all")) == QStringLiteral("all calls"));
    CHECK(names.readable(QStringLiteral("queue=billing/duration=0-2min")) ==
          QStringLiteral("queue=billing · duration=0-2min"));
    CHECK(names.readableOrigin(QStringLiteral("agent=3/week=2026-W10"), QStringLiteral("all")) ==
          QStringLiteral("agent=3 · week=2026-W10"));
    CHECK(names.readableOrigin(QStringLiteral("all"), QStringLiteral("queue=billing")) ==
          QStringLiteral("queue=billing"));
    CHECK(names.readableOrigin(QStringLiteral("agent=3"), QStringLiteral("queue=billing")) ==
          QStringLiteral("agent=3 · queue=billing"));
    CHECK(names.readableOrigin(QStringLiteral("all"), QStringLiteral("all")) ==
          QStringLiteral("all calls"));
}
