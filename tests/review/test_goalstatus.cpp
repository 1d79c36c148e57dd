#include "review/goals/goalrules.h"
#include "review/goals/goalstatus.h"
#include "review/goals/goaltrend.h"
#include "review/goals/interval.h"
#include "review/metrics/callmetrics.h"
#include "review/metrics/evaluationmetrics.h"
#include "review/metrics/talkanalysismetrics.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace callqa::review;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

} // namespace

TEST_CASE("goals: 95% intervals, hand-computed", "[review][goals]")
{
    const auto wilson = wilsonInterval(8, 10);
    REQUIRE(wilson.has_value());
    CHECK(wilson->low == Approx(0.4902).margin(1e-4));
    CHECK(wilson->high == Approx(0.9433).margin(1e-4));
    CHECK(wilsonInterval(0, 10)->low == 0.0);
    CHECK(wilsonInterval(0, 3)->low == 0.0);
    CHECK(wilsonInterval(3, 3)->high == 1.0);
    CHECK_FALSE(wilsonInterval(0, 0).has_value());

    const auto t = tInterval({1, 2, 3, 4, 5}); // mean 3, s sqrt(2.5), t(4) 2.776
    REQUIRE(t.has_value());
    CHECK(t->low == Approx(1.0371).margin(1e-3));
    CHECK(t->high == Approx(4.9629).margin(1e-3));
    CHECK_FALSE(tInterval({4}).has_value());
    CHECK(tQuantile975(1) == Approx(12.706));
    CHECK(tQuantile975(60) == Approx(2.0003).margin(1e-3));
    CHECK(tQuantile975(31) == Approx(2.0395).margin(1e-3));

    CHECK(bootstrapMedianInterval({5, 5, 5}) == Interval{5, 5});
    const std::vector<double> nine = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    const auto boot = bootstrapMedianInterval(nine);
    REQUIRE(boot.has_value());
    CHECK(boot->low < 5);
    CHECK(boot->high > 5);
    CHECK(boot->low >= 1);
    CHECK(boot->high <= 9);
    CHECK(bootstrapMedianInterval(nine) == boot); // a fixed seed: the same data, the same interval

    CHECK(intervalOf({Aggregate::Percent, {1, 1, 1, 1, 1, 1, 1, 1, 0, 0}})->high ==
          Approx(94.33).margin(0.01));
    CHECK_FALSE(intervalOf({Aggregate::Count, {1, 1, 1}}).has_value());
}

TEST_CASE("goals: the goal rules refuse and warn", "[review][goals]")
{
    GoalProposal ok;
    ok.direction = GoalDirection::Lower;
    ok.baseline = 900; // wait 15 min ...
    ok.target = 300;   // ... to 5 min
    ok.startMs = 0;
    ok.deadlineMs = 27 * kDay; // four weeks including the deadline day
    ok.metricRows = 40;
    CHECK(checkGoal(ok).ok());
    CHECK(checkGoal(ok).warnings.isEmpty());

    struct Row {
        const char* name;
        GoalProposal goal;
        const char* refusal;
    };
    std::vector<Row> rows;
    GoalProposal g = ok;
    g.deadlineMs.reset();
    rows.push_back({"no deadline", g, "needs a deadline"});
    g = ok;
    g.deadlineMs = -kDay;
    rows.push_back({"deadline before start", g, "before the start"});
    g = ok;
    g.target = 900;
    rows.push_back({"target met by the baseline", g, "already meets it"});
    g = ok;
    g.target = 1200;
    rows.push_back({"lower with a target above", g, "must be below the baseline"});
    g = ok;
    g.direction = GoalDirection::Raise;
    rows.push_back({"raise with a target below", g, "must be above the baseline"});
    g = ok;
    g.metricRows = 0;
    rows.push_back({"no data", g, "no data for the metric"});
    g = ok;
    g.baseline.reset();
    rows.push_back({"no baseline", g, "needs a baseline"});
    for (const Row& row : rows) {
        INFO(row.name);
        const GoalCheck check = checkGoal(row.goal);
        REQUIRE_FALSE(check.ok());
        CHECK(check.refusals.join(QLatin1Char(' ')).contains(QString::fromLatin1(row.refusal)));
    }

    INFO("achievable: 600 s in 4 weeks is 150 s per week; the best so far was 100");
    g = ok;
    g.bestChangePerWeek = 100;
    const GoalCheck warned = checkGoal(g);
    CHECK(warned.ok());
    REQUIRE(warned.warnings.size() == 1);
    CHECK(warned.warnings.first().contains(QStringLiteral("150")));
    CHECK(warned.warnings.first().contains(QStringLiteral("100")));
    g.bestChangePerWeek = 150;
    CHECK(checkGoal(g).warnings.isEmpty());
}

TEST_CASE("goals: progress status table", "[review][goals]")
{
    // Raise 60 -> 80 over 10 days; minimum 10 rows.
    const auto facts = [](qint64 nowDay, std::optional<double> current, qsizetype n,
                          std::optional<Interval> ci = std::nullopt) {
        ProgressFacts f;
        f.direction = GoalDirection::Raise;
        f.baseline = 60;
        f.target = 80;
        f.startMs = 0;
        f.endMs = 10 * kDay;
        f.nowMs = nowDay * kDay;
        f.current = current;
        f.n = n;
        f.minimumN = 10;
        f.ci95 = ci;
        return f;
    };
    struct Row {
        const char* name;
        ProgressFacts facts;
        GoalStatus status;
    };
    const Row rows[] = {
        {"before the start", facts(-1, 70, 50), GoalStatus::NotStarted},
        {"too few rows", facts(5, 75, 9), GoalStatus::NotEnoughData},
        {"no value", facts(5, std::nullopt, 0), GoalStatus::NotEnoughData},
        {"half way at half time", facts(5, 70, 10), GoalStatus::OnTrack},
        {"behind the pace", facts(5, 65, 10), GoalStatus::AtRisk},
        {"worse than the baseline", facts(2, 55, 30), GoalStatus::AtRisk},
        {"target reached early", facts(3, 80, 10), GoalStatus::Achieved},
        {"deadline passed short", facts(10, 79, 40), GoalStatus::Missed},
        {"deadline passed reached", facts(12, 81, 40), GoalStatus::Achieved},
        {"interval spans baseline and target", facts(5, 70, 12, Interval{50, 90}),
         GoalStatus::NotEnoughData},
        {"narrow interval", facts(5, 70, 12, Interval{68, 72}), GoalStatus::OnTrack},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        CHECK(statusName(judgeProgress(row.facts).status) == statusName(row.status));
    }
    const ProgressJudgement half = judgeProgress(facts(5, 70, 10));
    CHECK(*half.shareDone == Approx(0.5));
    CHECK(half.shareExpected == Approx(0.5));

    ProgressFacts lower = facts(5, 700, 20);
    lower.direction = GoalDirection::Lower;
    lower.baseline = 900;
    lower.target = 300;
    CHECK(*judgeProgress(lower).shareDone == Approx(1.0 / 3));
    CHECK(judgeProgress(lower).status == GoalStatus::AtRisk);
    lower.current = 250;
    CHECK(judgeProgress(lower).status == GoalStatus::Achieved);
}

TEST_CASE("goals: weekly windows", "[review][goals]")
{
    const QList<DateWindow> weeks = weeklyWindows(0, 15 * kDay);
    REQUIRE(weeks.size() == 3);
    CHECK(weeks.at(0) == DateWindow{0, 7 * kDay});
    CHECK(weeks.at(1) == DateWindow{7 * kDay, 14 * kDay});
    CHECK(weeks.at(2) == DateWindow{14 * kDay, 15 * kDay});
    CHECK(weeklyWindows(0, 0).isEmpty());
    CHECK(weeklyWindows(0, 70 * kDay, 4).first() == DateWindow{42 * kDay, 49 * kDay});
}

TEST_CASE("intervals: a mean's interval stays inside the metric's range", "[review][goals]")
{
    struct Row {
        const char* what;
        Sample sample;
        double low;
        double high;
    };
    const double inf = std::numeric_limits<double>::infinity();
    const Row rows[] = {
        // mean 4.75, s 0.5, t(3) 3.182: 3.955 .. 5.546, clipped at 5
        {"csat near the top", {Aggregate::Mean, {5, 5, 5, 4}, 1, 5}, 3.9544, 5},
        // mean 1.333, s 0.577, t(2) 4.303: -0.101 .. 2.768, clipped at 1
        {"csat near the bottom", {Aggregate::Mean, {1, 1, 2}, 1, 5}, 1, 2.7676},
        // mean 0.0333, s 0.0577, t(2) 4.303: -0.110 .. 0.177, clipped at 0 (and ten times that)
        {"a share near 0", {Aggregate::Mean, {0, 0, 0.1}, 0, 1}, 0, 0.17677},
        {"a time from 0", {Aggregate::Mean, {0, 0, 10}, 0, inf}, 0, 17.677},
        {"inside the range: as it was", {Aggregate::Mean, {1, 2, 3, 4, 5}, 1, 5}, 1.0371, 4.9629},
        {"no range: as it was", {Aggregate::Mean, {0, 0, 10}}, -11.01, 17.677},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const auto interval = intervalOf(row.sample);
        REQUIRE(interval.has_value());
        CHECK(interval->low == Approx(row.low).margin(1e-3));
        CHECK(interval->high == Approx(row.high).margin(1e-3));
    }
    INFO("the samplers carry their metric's range");
    CHECK(csatSample({}).lowest == 1);
    CHECK(csatSample({}).highest == 5);
    CHECK(npsSample({}).lowest == -100);
    CHECK(qaScoreSample({}).highest == 100);
    CHECK(overtalkShareSample({}).highest == 1);
    CHECK(deadAirSample({}).lowest == 0);
    CHECK(customersPerDaySample({}).lowest == 0);
}
