#include "review/calls/manifest.h"
#include "review/metrics/metricsfile.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

TEST_CASE("metrics file: CSV call rows and agent-day rows", "[review][metricsfile]")
{
    const MetricsFile f = parseMetricsCsv(
        "call_id;wait_s;answered_within_s;csat;nps;escalated;complaint;resolved_first_contact;"
        "case_id;case_opened_at;case_resolved_at;recovered;customer_id;agent_id;date;"
        "customers_served\r\n"
        "C1;900.5;20;5;10;yes;false;1;K1;2026-03-02T09:00:00Z;2026-03-03T09:00:00Z;true;cu-1;;;\r\n"
        "C2;;;3;;;;;;;;;;;;\r\n"
        ";;;;;;;;;;;;;a01;2026-03-02;42\r\n");
    REQUIRE(f.problems.isEmpty());
    REQUIRE(f.calls.size() == 2);
    const CallMetricRow& c1 = f.calls.at(0);
    CHECK(c1.row == 1);
    CHECK(c1.callId == QStringLiteral("C1"));
    CHECK(c1.facts.waitS == 900.5);
    CHECK(c1.facts.answeredWithinS == 20.0);
    CHECK(c1.facts.csat == 5);
    CHECK(c1.facts.nps == 10);
    CHECK(c1.facts.escalated == true);
    CHECK(c1.facts.complaint == false);
    CHECK(c1.facts.resolvedFirstContact == true);
    CHECK(c1.facts.caseId == QStringLiteral("K1"));
    CHECK(c1.facts.caseResolvedAtMs.value() - c1.facts.caseOpenedAtMs.value() == 86400000);
    CHECK(c1.facts.recovered == true);
    CHECK(c1.facts.customerId == QStringLiteral("cu-1"));
    INFO("an empty cell is not given: re-importing leaves the stored value");
    CHECK(f.calls.at(1).given == QSet<QString>{QStringLiteral("csat")});
    REQUIRE(f.agentDays.size() == 1);
    CHECK(f.agentDays.at(0).row == 3);
    CHECK(f.agentDays.at(0).agentId == QStringLiteral("a01"));
    CHECK(f.agentDays.at(0).dayMs == parseCallTime(QStringLiteral("2026-03-02T00:00:00Z")));
    CHECK(f.agentDays.at(0).customersServed == 42);
}

TEST_CASE("metrics file: bad rows are located, the good rows are kept", "[review][metricsfile]")
{
    const MetricsFile f = parseMetricsCsv("call_id,csat,nps,wait_s,escalated,case_id,"
                                          "case_opened_at,case_resolved_at,agent_id,date,colour\n"
                                          "ok,4,,,,,,,,,red\n"
                                          "badcsat,7,,,,,,,,,red\n"
                                          "badnps,,11,,,,,,,,red\n"
                                          "badwait,,,-3,,,,,,,red\n"
                                          "badflag,,,,maybe,,,,,,red\n"
                                          "backwards,,,,,K,2026-03-02,2026-03-01,,,red\n"
                                          "both,4,,,,,,,a01,2026-03-02,red\n"
                                          "empty,,,,,,,,,,red\n"
                                          "ok,5,,,,,,,,,red\n"
                                          ",,,,,,,,a01,yesterday,red\n"
                                          "short,4\n");
    for (const CallMetricRow& row : f.calls)
        UNSCOPED_INFO("kept row " << row.row);
    REQUIRE(f.calls.size() == 1);
    CHECK(f.calls.first().callId == QStringLiteral("ok"));
    CHECK(f.calls.first().facts.csat == 4);
    QStringList lines;
    for (const MetricsProblem& p : f.problems)
        lines << QStringLiteral("%1: %2").arg(p.row).arg(p.reason);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(f.problems.size() == 11);
    CHECK(f.problems.at(0).row == 0);
    CHECK(f.problems.at(0).reason.contains(QStringLiteral("colour")));
    const auto reasonOf = [&](int row) {
        for (const MetricsProblem& p : f.problems) {
            if (p.row == row)
                return p.reason;
        }
        return QString();
    };
    CHECK(reasonOf(2).contains(QStringLiteral("csat: \"7\"")));
    CHECK(reasonOf(3).contains(QStringLiteral("nps: \"11\"")));
    CHECK(reasonOf(4).contains(QStringLiteral("wait_s")));
    CHECK(reasonOf(5).contains(QStringLiteral("escalated: \"maybe\"")));
    CHECK(reasonOf(6).contains(QStringLiteral("before case_opened_at")));
    CHECK(reasonOf(7).contains(QStringLiteral("not both")));
    CHECK(reasonOf(8).contains(QStringLiteral("no metric values")));
    CHECK(reasonOf(9).contains(QStringLiteral("more than once")));
    CHECK(reasonOf(10).contains(QStringLiteral("date: \"yesterday\"")));
    CHECK(reasonOf(11).contains(QStringLiteral("has 2 fields")));
}

TEST_CASE("metrics file: JSON with numbers, booleans and nulls", "[review][metricsfile]")
{
    const MetricsFile f = parseMetricsJson(R"([
        {"call_id": "C1", "wait_s": 12.5, "escalated": false, "csat": null, "nps": 9},
        {"agent_id": "a01", "date": "2026-03-02", "customers_served": 20, "shoe": 1},
        {"call_id": "C2", "csat": [1]},
        7
    ])");
    REQUIRE(f.calls.size() == 1);
    CHECK(f.calls.first().facts.waitS == 12.5);
    CHECK(f.calls.first().facts.escalated == false);
    CHECK_FALSE(f.calls.first().facts.csat.has_value());
    CHECK(f.calls.first().facts.nps == 9);
    REQUIRE(f.agentDays.size() == 1);
    CHECK(f.agentDays.first().customersServed == 20);
    REQUIRE(f.problems.size() == 3);
    CHECK(f.problems.at(0).row == 2); // the unknown key, reported once; the row still imports
    CHECK(f.problems.at(1).row == 3);
    CHECK(f.problems.at(2).row == 4);
    CHECK(parseMetricsJson("{").problems.size() == 1);
    CHECK(parseMetricsJson("{}").problems.first().reason.contains(QStringLiteral("array")));
}
