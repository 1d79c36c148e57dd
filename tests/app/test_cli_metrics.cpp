#include "tests/app/cliteam.h"
#include "tests/support/mediafiles.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace callqa;

namespace {

QJsonObject metricEntry(const testing::CliRun& run, const QString& id)
{
    for (const QJsonValue& value : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("cli metrics: import locates bad rows, re-import updates, list shows what has data",
          "[app][cli][metrics]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::CliTeam team(backend);
        testing::addTestCalls(team.workspace(), 2, QStringLiteral("P-"));
        const QString csv = team.path(QStringLiteral("phone.csv"));
        testing::writeBytes(csv, "call_id,wait_s,csat,agent_id,date,customers_served\n"
                                 "P-1,300,5,,,\n"
                                 "P-2,900,9,,,\n"
                                 ",,,a1,2026-03-02,20\n");

        const testing::CliRun before =
            team.as(QStringLiteral("carla"),
                    {QStringLiteral("metrics"), QStringLiteral("list"), QStringLiteral("--json")});
        REQUIRE(before.exitCode == 0);
        CHECK(metricEntry(before, QStringLiteral("csat")).value(QStringLiteral("has_data")) ==
              false);

        const testing::CliRun imported = team.as(
            QStringLiteral("sara"), {QStringLiteral("metrics"), QStringLiteral("import"), csv});
        INFO(imported.out.toStdString() << imported.err.toStdString());
        CHECK(imported.exitCode == 1); // a row was refused
        CHECK(imported.out.contains(
            QStringLiteral("1 call rows and 1 agent-day rows imported, 1 rows refused")));
        CHECK(imported.out.contains(
            QStringLiteral("problem: %1 (row 2): csat: \"9\" is not a whole number from 1 to 5")
                .arg(csv)));
        CHECK(team.count(QStringLiteral("call_metrics")) == 1);
        CHECK(team.count(QStringLiteral("agent_days")) == 1);

        testing::writeBytes(csv, "call_id,csat\nP-1,4\nP-2,2\n");
        const testing::CliRun again =
            team.as(QStringLiteral("sara"), {QStringLiteral("metrics"), QStringLiteral("import"),
                                             csv, QStringLiteral("--json")});
        CHECK(again.exitCode == 0);
        const QJsonObject report = QJsonDocument::fromJson(again.out.toUtf8()).object();
        CHECK(report.value(QStringLiteral("call_rows")).toInt() == 2);
        CHECK(report.value(QStringLiteral("problems")).toArray().isEmpty());
        CHECK(team.count(QStringLiteral("call_metrics")) == 2);
        CHECK(team.count(QStringLiteral("SELECT count(*) FROM call_metrics WHERE wait_s = 300 AND "
                                        "csat = 4")) == 1);
        CHECK(team.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'metrics.import'")) == 2);

        const testing::CliRun after =
            team.as(QStringLiteral("carla"),
                    {QStringLiteral("metrics"), QStringLiteral("list"), QStringLiteral("--json")});
        CHECK(metricEntry(after, QStringLiteral("csat")).value(QStringLiteral("rows")).toInt() ==
              2);
        CHECK(metricEntry(after, QStringLiteral("customers_per_day"))
                  .value(QStringLiteral("has_data")) == true);
        CHECK(metricEntry(after, QStringLiteral("nps")).value(QStringLiteral("has_data")) == false);
        CHECK(metricEntry(after, QStringLiteral("nps")).value(QStringLiteral("source")) ==
              QStringLiteral("call_metrics"));

        const testing::CliRun shown =
            team.as(QStringLiteral("carla"),
                    {QStringLiteral("metrics"), QStringLiteral("show"), QStringLiteral("csat"),
                     QStringLiteral("--scope"), QStringLiteral("floor"), QStringLiteral("--from"),
                     QStringLiteral("1970-01-01"), QStringLiteral("--to"),
                     QStringLiteral("1970-01-02"), QStringLiteral("--json")});
        INFO(shown.err.toStdString());
        REQUIRE(shown.exitCode == 0);
        const QJsonObject figure = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        INFO("the test calls start in the first seconds of 1970: csat 4 and 2");
        CHECK(figure.value(QStringLiteral("value")).toDouble() == 3.0);
        CHECK(figure.value(QStringLiteral("n")).toInt() == 2);
        CHECK(figure.value(QStringLiteral("ci95")).toArray().size() == 2);
        CHECK(team.as(QStringLiteral("anna"),
                      {QStringLiteral("metrics"), QStringLiteral("show"), QStringLiteral("csat"),
                       QStringLiteral("--from"), QStringLiteral("1970-01-01"),
                       QStringLiteral("--to"), QStringLiteral("1970-01-02")})
                  .exitCode == 1);

        const testing::CliRun text =
            team.as(QStringLiteral("carla"), {QStringLiteral("metrics"), QStringLiteral("list")});
        CHECK(text.out.contains(QStringLiteral("customers_per_day")));

        const testing::CliRun refused = team.as(
            QStringLiteral("anna"), {QStringLiteral("metrics"), QStringLiteral("import"), csv});
        CHECK(refused.exitCode == 1);
        CHECK(team.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'metrics.import'")) == 2);
    }
}
