#include "review/agents/directory.h"
#include "review/metrics/metricdata.h"
#include "review/metrics/metricsimporter.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

namespace {

qint64 count(Workspace& workspace, const QString& sql)
{
    return workspace.db().scalar(sql).toLongLong();
}

qint64 rowsOf(Workspace& workspace, const QString& metricId)
{
    return metricRowCount(workspace.db(), *findMetric(metricId));
}

} // namespace

TEST_CASE("metrics import: good rows land, bad rows are located, re-import updates",
          "[review][metricsimport]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        testing::addTestCalls(*workspace, 3, QStringLiteral("C"));
        qint64 teamA = 0;
        REQUIRE(workspace->db()
                    .transact([&] {
                        Directory directory(workspace->db());
                        const qint64 agent =
                            directory.ensureAgent(QStringLiteral("a01"), QStringLiteral("Ana"), 0);
                        teamA = directory.ensureTeam(QStringLiteral("A"), 0);
                        directory.assignTeam(agent, teamA, 0);
                    })
                    .ok());
        CHECK(rowsOf(*workspace, QStringLiteral("csat")) == 0);

        MetricsImporter importer(*workspace, Actor::owner());
        const auto first = importer.importParsed(
            parseMetricsCsv("call_id,wait_s,csat,escalated,agent_id,date,customers_served\n"
                            "C1,300,5,false,,,\n"
                            "C2,900,2,true,,,\n"
                            "C9,100,4,,,,\n"
                            "C3,,9,,,,\n"
                            ",,,,a01,2026-03-02,20\n"
                            ",,,,nobody,2026-03-02,20\n"),
            QStringLiteral("day1.csv"));
        REQUIRE(first.ok());
        CHECK(first->callRows == 2);
        CHECK(first->agentDayRows == 1);
        REQUIRE(first->problems.size() == 3);
        CHECK(first->problems.at(0).row == 3);
        CHECK(
            first->problems.at(0).reason.contains(QStringLiteral("\"C9\" is not in the library")));
        CHECK(first->problems.at(1).row == 4);
        CHECK(first->problems.at(2).row == 6);
        CHECK(first->problems.at(2).reason.contains(QStringLiteral("nobody")));
        CHECK(rowsOf(*workspace, QStringLiteral("csat")) == 2);
        CHECK(rowsOf(*workspace, QStringLiteral("escalation_rate")) == 2);
        CHECK(rowsOf(*workspace, QStringLiteral("customers_per_day")) == 1);
        CHECK(count(*workspace, QStringLiteral("SELECT team_id FROM agent_days")) == teamA);
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                               "'metrics.import' AND entity_id = 'day1.csv'")) ==
              1);

        INFO("a second file with only csat updates csat and keeps the stored wait");
        const auto second = importer.importParsed(parseMetricsJson(R"([{"call_id": "C1", "csat": 3},
                                 {"agent_id": "a01", "date": "2026-03-02", "customers_served": 25}])"),
                                                  QStringLiteral("day1-fixed.json"));
        REQUIRE(second.ok());
        CHECK(second->problems.isEmpty());
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM call_metrics")) == 2);
        CHECK(count(*workspace, QStringLiteral("SELECT csat FROM call_metrics m JOIN calls c ON "
                                               "c.id = m.call_id WHERE c.external_id = 'C1'")) ==
              3);
        CHECK(workspace->db()
                  .scalar(QStringLiteral("SELECT wait_s FROM call_metrics m JOIN calls c ON c.id "
                                         "= m.call_id WHERE c.external_id = 'C1'"))
                  .toDouble() == 300.0);
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM agent_days")) == 1);
        CHECK(count(*workspace, QStringLiteral("SELECT customers_served FROM agent_days")) == 25);
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                               "'metrics.import'")) == 2);
    }
}

TEST_CASE("metrics import: an actor who may not import writes nothing", "[review][metricsimport]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        testing::addTestCalls(*workspace, 1, QStringLiteral("C"));
        testing::addReviewer(*workspace, QStringLiteral("admin")); // the first user is an admin
        const Actor agent = testing::addReviewer(*workspace, QStringLiteral("cora"), Role::Coach);
        const auto refused =
            MetricsImporter(*workspace, agent)
                .importParsed(parseMetricsCsv("call_id,csat\nC1,5\n"), QStringLiteral("x.csv"));
        REQUIRE_FALSE(refused.ok());
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM call_metrics")) == 0);
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                               "'metrics.import'")) == 0);
    }
}
