#include "review/agents/directory.h"
#include "review/checklists/checkliststore.h"
#include "review/metrics/metricrollup.h"
#include "review/metrics/metricsimporter.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>

using namespace callqa;
using namespace callqa::review;

namespace {

qint64 march(int day)
{
    return *parseDay(QStringLiteral("2026-03-%1").arg(day, 2, 10, QLatin1Char('0'))) +
           10 * 3600 * 1000;
}

// Team A: agents x (until 10 March, then team B) and y. Four calls in March, each evaluated
// once; y's call of 5 March was evaluated at 40 and then revised to 100 (only the revision
// counts). The checklist changed version on 12 March (greeted-customer worth 5 points in v2).
struct Floor {
    std::unique_ptr<Workspace> workspace;
    qint64 teamA = 0, teamB = 0, x = 0, y = 0;
    ChecklistVersion v1, v2;

    explicit Floor(const testing::TestLocation& location)
        : workspace(testing::openWorkspace(location))
    {
        v1 = testing::publishDefaultChecklist(*workspace);
        ChecklistStore store(*workspace, Actor::owner());
        auto draft = store.draft(v1.key).value();
        draft.checklist.sections[0].items[0].points = 5;
        REQUIRE(store.saveDraft(draft.checklist, draft.revision).ok());
        v2 = store.publish(v1.key).value();
        Database& db = workspace->db();
        REQUIRE(db.transact([&] {
                      Directory d(db);
                      teamA = d.ensureTeam(QStringLiteral("A"), 0);
                      teamB = d.ensureTeam(QStringLiteral("B"), 0);
                      x = d.ensureAgent(QStringLiteral("x"), QStringLiteral("Xavier"), 0);
                      y = d.ensureAgent(QStringLiteral("y"), QStringLiteral("Yara"), 0);
                      d.assignTeam(x, teamA, 0);
                      d.assignTeam(y, teamA, 0);
                      d.assignTeam(x, teamB, march(10));
                  }).ok());
        const qint64 c1 = call(QStringLiteral("c1"), x, teamA, march(5));
        const qint64 c2 = call(QStringLiteral("c2"), x, teamB, march(15));
        const qint64 c3 = call(QStringLiteral("c3"), y, teamA, march(5));
        const qint64 c4 = call(QStringLiteral("c4"), y, teamA, march(20));
        evaluate(c1, v1.id, 80, true, false, "\"yes\"");
        evaluate(c2, v2.id, 60, false, false, "\"no\"");
        const qint64 original = evaluate(c3, v1.id, 40, false, true, "\"no\"");
        evaluate(c3, v2.id, 100, true, false, "\"yes\"", original);
        evaluate(c4, v2.id, 70, false, false, "\"yes\"");
    }

    qint64 call(const QString& id, qint64 agent, qint64 team, qint64 at)
    {
        qint64 callId = 0;
        REQUIRE(workspace->db()
                    .transact([&] {
                        callId = workspace->db().insert(
                            QStringLiteral(
                                "INSERT INTO calls (external_id, content_sha256, relative_path, "
                                "file_size, format, codec, sample_rate, channels, duration_ms, "
                                "agent_id, team_id, started_at, imported_at) VALUES (?, ?, ?, 1, "
                                "'wav', 'pcm_s16le', 8000, 2, 60000, ?, ?, ?, 0) RETURNING id"),
                            {id,
                             QString::fromLatin1(
                                 QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256)
                                     .toHex()),
                             QString(id + QStringLiteral(".wav")), agent, team, at});
                    })
                    .ok());
        return callId;
    }

    qint64 evaluate(qint64 callId, qint64 versionId, double overall, bool passed, bool critical,
                    const char* greeted, std::optional<qint64> revisionOf = std::nullopt)
    {
        qint64 id = 0;
        Database& db = workspace->db();
        REQUIRE(db.transact([&] {
                      id = db.insert(
                          QStringLiteral(
                              "INSERT INTO evaluations (call_id, checklist_version_id, reviewer, "
                              "status, overall_score, passed, critical_fail, revision_of, "
                              "created_at, submitted_at) VALUES (?, ?, 'r', 'submitted', ?, ?, ?, "
                              "?, 0, 0) RETURNING id"),
                          {callId, versionId, overall, passed, critical,
                           revisionOf ? QVariant(*revisionOf)
                                      : QVariant(QMetaType::fromType<qint64>())});
                      db.exec(QStringLiteral("INSERT INTO evaluation_answers (evaluation_id, "
                                             "item_key, answer_json) VALUES (?, "
                                             "'greeted-customer', ?)"),
                              {id, QString::fromLatin1(greeted)});
                  }).ok());
        return id;
    }

    MetricRollup compute(const QString& metric, const QString& scope, const QString& from,
                         const QString& to, const QString& item = {})
    {
        const auto result =
            MetricRollups(*workspace, Actor::owner())
                .compute({metric, item, *parseMetricScope(scope), *parseDayWindow(from, to)});
        INFO(result.error().toStdString());
        REQUIRE(result.ok());
        return result.value();
    }
};

const QString kFrom = QStringLiteral("2026-03-01");
const QString kTo = QStringLiteral("2026-03-31");

} // namespace

TEST_CASE("rollups: a call counts for the team of its time; teams are over rows, with n",
          "[review][rollups]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        Floor floor(location);

        INFO("team A: x's call of 5 March (80) and y's two calls (100 revised, 70)");
        const MetricRollup a =
            floor.compute(QStringLiteral("qa_score"), QStringLiteral("team:A"), kFrom, kTo);
        CHECK(a.value.n == 3);
        CHECK(*a.value.value == Approx(250.0 / 3));
        REQUIRE(a.agents.size() == 2);
        CHECK(a.agents[0].agentId == QStringLiteral("x"));
        CHECK(a.agents[0].value.n == 1);
        CHECK(*a.agents[0].value.value == Approx(80.0));
        CHECK(a.agents[1].agentName == QStringLiteral("Yara"));
        CHECK(a.agents[1].value.n == 2);
        CHECK(*a.agents[1].value.value == Approx(85.0));

        const MetricRollup b =
            floor.compute(QStringLiteral("qa_score"), QStringLiteral("team:B"), kFrom, kTo);
        CHECK(b.value.n == 1);
        CHECK(*b.value.value == Approx(60.0));

        INFO("the floor is over its four rows (77.5), not the mean of the teams (71.7)");
        const MetricRollup all =
            floor.compute(QStringLiteral("qa_score"), QStringLiteral("floor"), kFrom, kTo);
        CHECK(all.value.n == 4);
        CHECK(*all.value.value == Approx(77.5));

        const MetricRollup x =
            floor.compute(QStringLiteral("qa_score"), QStringLiteral("agent:x"), kFrom, kTo);
        CHECK(x.value.n == 2);
        CHECK(*x.value.value == Approx(70.0));

        INFO("the revision replaces the original: no critical fail counts");
        CHECK(
            *floor
                 .compute(QStringLiteral("critical_fail_rate"), QStringLiteral("floor"), kFrom, kTo)
                 .value.value == Approx(0.0));
        CHECK(*floor.compute(QStringLiteral("pass_rate"), QStringLiteral("team:A"), kFrom, kTo)
                   .value.value == Approx(2.0 / 3));
        CHECK(
            *floor.compute(QStringLiteral("evaluations_done"), QStringLiteral("floor"), kFrom, kTo)
                 .value.value == Approx(4.0));

        INFO("part of the month: 1-9 March, team A holds x's 80 and y's 100");
        CHECK(*floor
                   .compute(QStringLiteral("qa_score"), QStringLiteral("team:A"), kFrom,
                            QStringLiteral("2026-03-09"))
                   .value.value == Approx(90.0));
    }
}

TEST_CASE("rollups: item compliance across a version change, and empty periods",
          "[review][rollups]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        Floor floor(location);
        INFO("greeted-customer: yes (v1), no (v2), yes (v2, the revision), yes (v2)");
        const MetricRollup compliance =
            floor.compute(QStringLiteral("item_compliance"), QStringLiteral("floor"), kFrom, kTo,
                          QStringLiteral("greeted-customer"));
        CHECK(compliance.value.n == 4);
        CHECK(*compliance.value.value == Approx(0.75));
        const MetricRollup teamB =
            floor.compute(QStringLiteral("item_compliance"), QStringLiteral("team:B"), kFrom, kTo,
                          QStringLiteral("greeted-customer"));
        CHECK(teamB.value.n == 1);
        CHECK(*teamB.value.value == Approx(0.0));

        for (const char* metric : {"qa_score", "csat", "dead_air_s", "customers_per_day"}) {
            INFO(metric);
            const MetricRollup april =
                floor.compute(QString::fromLatin1(metric), QStringLiteral("team:A"),
                              QStringLiteral("2026-04-01"), QStringLiteral("2026-04-30"));
            CHECK(april.value.n == 0);
            CHECK_FALSE(april.value.value.has_value());
            CHECK(april.agents.isEmpty());
        }
        CHECK(*floor
                   .compute(QStringLiteral("evaluations_done"), QStringLiteral("floor"),
                            QStringLiteral("2026-04-01"), QStringLiteral("2026-04-30"))
                   .value.value == 0.0);
        const auto unknown = MetricRollups(*floor.workspace, Actor::owner())
                                 .compute({QStringLiteral("item_compliance"),
                                           {},
                                           *parseMetricScope(QStringLiteral("floor")),
                                           *parseDayWindow(kFrom, kTo)});
        CHECK_FALSE(unknown.ok());
    }
}

TEST_CASE("rollups: imported metrics and agent-days for the team of their day", "[review][rollups]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        Floor floor(location);
        const auto imported =
            MetricsImporter(*floor.workspace, Actor::owner())
                .importParsed(parseMetricsCsv("call_id,csat,wait_s,agent_id,date,customers_served\n"
                                              "c1,5,100,,,\nc2,2,300,,,\nc3,4,900,,,\n"
                                              ",,,x,2026-03-05,20\n,,,x,2026-03-15,30\n"
                                              ",,,y,2026-03-15,50\n"),
                              QStringLiteral("m.csv"));
        REQUIRE(imported.ok());
        REQUIRE(imported->problems.isEmpty());
        const MetricRollup csatA =
            floor.compute(QStringLiteral("csat"), QStringLiteral("team:A"), kFrom, kTo);
        CHECK(csatA.value.n == 2);
        CHECK(*csatA.value.value == Approx(4.5));
        CHECK(*floor.compute(QStringLiteral("wait_median_s"), QStringLiteral("floor"), kFrom, kTo)
                   .value.value == Approx(300.0));
        INFO("x's 15 March counts for team B, where x was that day");
        const MetricRollup daysA = floor.compute(QStringLiteral("customers_per_day"),
                                                 QStringLiteral("team:A"), kFrom, kTo);
        CHECK(daysA.value.n == 2);
        CHECK(*daysA.value.value == Approx(35.0));
        const MetricRollup daysB = floor.compute(QStringLiteral("customers_per_day"),
                                                 QStringLiteral("team:B"), kFrom, kTo);
        CHECK(daysB.value.n == 1);
        CHECK(*daysB.value.value == Approx(30.0));
    }
}
