#include "checklists/answer.h"
#include "checklists/item.h"
#include "review/metrics/callmetrics.h"
#include "review/metrics/evaluationmetrics.h"
#include "review/metrics/metriccatalog.h"
#include "review/metrics/talkanalysismetrics.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace callqa;
using namespace callqa::review;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

double valueOf(const Sample& sample)
{
    const MetricValue v = summarize(sample);
    REQUIRE(v.value.has_value());
    return *v.value;
}

CallMetricFacts call(qint64 id)
{
    CallMetricFacts c;
    c.callId = id;
    return c;
}

} // namespace

TEST_CASE("metrics: summarize by aggregate, empty samples have no value", "[review][metrics]")
{
    CHECK(valueOf({Aggregate::Mean, {1, 2, 6}}) == Approx(3.0));
    CHECK(valueOf({Aggregate::Rate, {1, 0, 0, 1}}) == Approx(0.5));
    CHECK(valueOf({Aggregate::Percent, {1, 0, 0, 0}}) == Approx(25.0));
    CHECK(valueOf({Aggregate::Median, {9, 1, 5}}) == Approx(5.0));
    CHECK(valueOf({Aggregate::Median, {9, 1, 5, 3}}) == Approx(4.0));
    CHECK(valueOf({Aggregate::Count, {1, 1}}) == Approx(2.0));
    CHECK(summarize({Aggregate::Count, {}}).value == 0.0);
    CHECK(summarize({Aggregate::Count, {}}).n == 0);
    for (const Aggregate a :
         {Aggregate::Mean, Aggregate::Rate, Aggregate::Percent, Aggregate::Median}) {
        const MetricValue empty = summarize({a, {}});
        CHECK_FALSE(empty.value.has_value());
        CHECK(empty.n == 0);
    }
}

TEST_CASE("metrics: evaluation formulas", "[review][metrics]")
{
    const QList<EvaluationFacts> evaluations = {{80.0, true, false},
                                                {60.0, false, false},
                                                {std::nullopt, false, false},
                                                {0.0, false, true}};
    CHECK(valueOf(qaScoreSample(evaluations)) == Approx(140.0 / 3));
    CHECK(summarize(qaScoreSample(evaluations)).n == 3);
    CHECK(valueOf(passRateSample(evaluations)) == Approx(0.25));
    CHECK(summarize(passRateSample(evaluations)).n == 4);
    CHECK(valueOf(criticalFailRateSample(evaluations)) == Approx(0.25));
    CHECK(valueOf(evaluationsDoneSample(evaluations)) == Approx(4.0));

    checklists::Item yesNo;
    yesNo.key = QStringLiteral("thanked");
    yesNo.points = 2;
    yesNo.allowNa = true;
    checklists::Item scale;
    scale.key = QStringLiteral("thanked");
    scale.type = checklists::ItemType::Scale;
    scale.scaleMin = 1;
    scale.scaleMax = 5;
    const QList<ItemAnswerFacts> answers = {
        itemAnswerFacts(yesNo, checklists::Answer::yes()),
        itemAnswerFacts(yesNo, checklists::Answer::no()),
        itemAnswerFacts(yesNo, checklists::Answer::notApplicable()),
        itemAnswerFacts(scale, checklists::Answer::scale(5)),
        itemAnswerFacts(scale, checklists::Answer::scale(4)),
    };
    CHECK_FALSE(answers[2].applicable);
    CHECK(answers[3].fullPoints);
    CHECK_FALSE(answers[4].fullPoints);
    INFO("2 of the 4 applicable answers (across both versions of the item) have full points");
    CHECK(valueOf(itemComplianceSample(answers)) == Approx(0.5));
    CHECK(summarize(itemComplianceSample(answers)).n == 4);
}

TEST_CASE("metrics: talk analysis formulas", "[review][metrics]")
{
    const QList<TalkFacts> calls = {
        {60000, 0.6, 6000, 3000, 20000},
        {120000, std::nullopt, 12000, 0, std::nullopt},
        {0, 0.8, 0, 0, 40000},
    };
    CHECK(valueOf(deadAirSample(calls)) == Approx(6.0));                  // (6+12+0)/3
    CHECK(valueOf(overtalkShareSample(calls)) == Approx((0.05 + 0) / 2)); // 0-length call left out
    CHECK(summarize(overtalkShareSample(calls)).n == 2);
    CHECK(valueOf(agentTalkShareSample(calls)) == Approx(0.7));
    CHECK(valueOf(longestMonologueSample(calls)) == Approx(30.0));
    CHECK(summarize(longestMonologueSample(calls)).n == 2);
}

TEST_CASE("metrics: phone and survey formulas", "[review][metrics]")
{
    QList<CallMetricFacts> calls;
    const int csat[] = {5, 4, 3, 1};
    const int nps[] = {10, 9, 7, 3};
    const double wait[] = {60, 600, 900, 30};
    for (int i = 0; i < 4; ++i) {
        CallMetricFacts c = call(i + 1);
        c.csat = csat[i];
        c.nps = nps[i];
        c.waitS = wait[i];
        c.answeredWithinS = wait[i];
        calls << c;
    }
    calls << call(5); // carries nothing: counts in no metric
    calls[0].escalated = true;
    calls[1].escalated = false;
    calls[2].escalated = false;
    calls[0].complaint = true;
    calls[0].resolvedFirstContact = false;
    calls[1].resolvedFirstContact = true;
    calls[2].resolvedFirstContact = true;
    calls[0].recovered = true;
    calls[3].recovered = false;

    CHECK(valueOf(csatSample(calls)) == Approx(13.0 / 4));
    CHECK(summarize(csatSample(calls)).n == 4);
    CHECK(valueOf(csatPercentSample(calls)) == Approx(50.0));
    INFO("NPS: 2 promoters, 1 passive, 1 detractor of 4 = 50% - 25%");
    CHECK(valueOf(npsSample(calls)) == Approx(25.0));
    CHECK(valueOf(waitSample(calls)) == Approx(397.5));
    CHECK(valueOf(waitMedianSample(calls)) == Approx(330.0));
    CHECK(valueOf(serviceLevelSample(calls, 60)) == Approx(0.5));
    CHECK(valueOf(serviceLevelSample(calls, 20)) == Approx(0.0));
    CHECK(valueOf(escalationRateSample(calls)) == Approx(1.0 / 3));
    CHECK(summarize(escalationRateSample(calls)).n == 3);
    CHECK(valueOf(complaintRateSample(calls)) == Approx(1.0));
    CHECK(valueOf(fcrRateSample(calls)) == Approx(2.0 / 3));
    CHECK(valueOf(recoveryRateSample(calls)) == Approx(0.5));
}

TEST_CASE("metrics: resolution time is the median over cases, not calls", "[review][metrics]")
{
    QList<CallMetricFacts> calls;
    const auto add = [&](const QString& caseId, std::optional<qint64> opened,
                         std::optional<qint64> resolved) {
        CallMetricFacts c = call(calls.size() + 1);
        c.caseId = caseId;
        c.caseOpenedAtMs = opened;
        c.caseResolvedAtMs = resolved;
        calls << c;
    };
    add(QStringLiteral("A"), 0, std::nullopt); // case A: opened at 0 ...
    add(QStringLiteral("A"), 5000, 100000);    // ... resolved at 100 s: 100 s
    add(QStringLiteral("B"), 0, 10000);        // 10 s
    add(QStringLiteral("C"), 0, 40000);        // 40 s
    add(QStringLiteral("D"), 0, std::nullopt); // never resolved: not counted
    add(QString(), 0, 99999000);               // no case id: not counted
    const Sample sample = resolutionTimeSample(calls);
    CHECK(summarize(sample).n == 3);
    CHECK(valueOf(sample) == Approx(40.0));
}

TEST_CASE("metrics: repeat contacts within N days of the same customer", "[review][metrics]")
{
    QList<CallMetricFacts> all;
    const auto add = [&](const QString& customer, qint64 at) {
        CallMetricFacts c = call(all.size() + 1);
        c.customerId = customer;
        c.startedAtMs = at;
        all << c;
    };
    add(QStringLiteral("c1"), 0);        // c1 calls again after 2 days: repeat
    add(QStringLiteral("c1"), 2 * kDay); // c1's second call: no later call
    add(QStringLiteral("c2"), 0);        // c2 calls again after 8 days: outside 7
    add(QStringLiteral("c2"), 8 * kDay);
    add(QString(), 0); // no customer id: not counted
    const QList<CallMetricFacts> counted = all.mid(0, 3);
    const Sample sample = repeatContactSample(counted, all, 7);
    INFO("counted: c1 at 0 (again at 2 d), c1 at 2 d (never again), c2 at 0 (again at 8 d)");
    CHECK(summarize(sample).n == 3);
    CHECK(valueOf(sample) == Approx(1.0 / 3));
    CHECK(valueOf(repeatContactSample(counted, all, 8)) == Approx(2.0 / 3));
    INFO("contacts read in any order: the next later one decides, read once for many samples");
    QList<CallMetricFacts> shuffled = all;
    std::reverse(shuffled.begin(), shuffled.end());
    const ContactStarts starts = contactStartsOf(shuffled);
    CHECK(valueOf(repeatContactSample(counted, starts, 7)) == Approx(1.0 / 3));
    CHECK(valueOf(repeatContactSample(counted, starts, 8)) == Approx(2.0 / 3));
}

TEST_CASE("metrics: disputes upheld among the decided ones", "[review][metrics]")
{
    CHECK(valueOf(disputesUpheldSample({{true}, {false}, {false}, {true}})) == Approx(0.5));
    CHECK(summarize(disputesUpheldSample({{true}, {true}, {false}})).n == 3);
    CHECK_FALSE(summarize(disputesUpheldSample({})).value.has_value());
}

TEST_CASE("metrics: customers per agent-day and the catalog", "[review][metrics]")
{
    CHECK(valueOf(customersPerDaySample({{20}, {30}, {40}})) == Approx(30.0));
    const QStringList ids = {"qa_score",
                             "pass_rate",
                             "critical_fail_rate",
                             "item_compliance",
                             "evaluations_done",
                             "disputes_upheld_rate",
                             "dead_air_s",
                             "overtalk_share",
                             "agent_talk_share",
                             "longest_monologue_s",
                             "csat",
                             "csat_percent",
                             "nps",
                             "wait_s",
                             "wait_median_s",
                             "service_level",
                             "escalation_rate",
                             "complaint_rate",
                             "fcr_rate",
                             "resolution_time_s",
                             "recovery_rate",
                             "repeat_contact_rate",
                             "customers_per_day"};
    QStringList catalogIds;
    for (const MetricInfo& metric : metricCatalog())
        catalogIds << metric.id;
    CHECK(catalogIds == ids);
    REQUIRE(findMetric(QStringLiteral("item_compliance")) != nullptr);
    CHECK(findMetric(QStringLiteral("item_compliance"))->needsItem);
    CHECK(findMetric(QStringLiteral("nope")) == nullptr);
}
