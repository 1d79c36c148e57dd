#include "review/agents/directory.h"
#include "review/calls/manifest.h"
#include "review/goals/goalprogress.h"
#include "review/goals/goalstore.h"
#include "review/goals/goaltasks.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>

using namespace callqa;
using namespace callqa::review;

namespace {

qint64 at(const char* isoTime)
{
    return *parseCallTime(QString::fromLatin1(isoTime));
}

// Team T with agent a1. Waits: 1000 s on two January calls, 900 s on ten February calls, 600 s
// on twelve calls of 1-12 March. Now is 15 March, 10:00 UTC.
struct WaitFloor {
    std::unique_ptr<Workspace> workspace;
    int serial = 0;

    explicit WaitFloor(const testing::TestLocation& location)
        : workspace(testing::openWorkspace(location))
    {
        workspace->setClock([] { return at("2026-03-15T10:00:00Z"); });
        Database& db = workspace->db();
        REQUIRE(db.transact([&] {
                      Directory d(db);
                      const qint64 team = d.ensureTeam(QStringLiteral("T"), 0);
                      const qint64 agent =
                          d.ensureAgent(QStringLiteral("a1"), QStringLiteral("Ana"), 0);
                      d.assignTeam(agent, team, 0);
                      const auto add = [&](qint64 startedAt, double wait) {
                          const QString id = QStringLiteral("w%1").arg(++serial);
                          const qint64 call = db.insert(
                              QStringLiteral(
                                  "INSERT INTO calls (external_id, content_sha256, relative_path, "
                                  "file_size, format, codec, sample_rate, channels, duration_ms, "
                                  "agent_id, team_id, started_at, imported_at) VALUES (?, ?, ?, "
                                  "1, 'wav', 'pcm_s16le', 8000, 2, 60000, ?, ?, ?, 0) RETURNING "
                                  "id"),
                              {id,
                               QString::fromLatin1(
                                   QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256)
                                       .toHex()),
                               id, agent, team, startedAt});
                          db.exec(QStringLiteral("INSERT INTO call_metrics (call_id, wait_s, "
                                                 "source, updated_at) VALUES (?, ?, 't', 0)"),
                                  {call, wait});
                      };
                      add(at("2026-01-10T09:00:00Z"), 1000);
                      add(at("2026-01-20T09:00:00Z"), 1000);
                      for (int day = 1; day <= 10; ++day)
                          add(at("2026-02-01T09:00:00Z") + day * 24LL * 3600 * 1000, 900);
                      for (int day = 0; day < 12; ++day)
                          add(at("2026-03-01T09:00:00Z") + day * 24LL * 3600 * 1000, 600);
                  }).ok());
    }

    NewGoal waitGoal() const
    {
        NewGoal g;
        g.scope = QStringLiteral("team:T");
        g.metric = QStringLiteral("wait_s");
        g.direction = QStringLiteral("lower");
        g.baselineFrom = QStringLiteral("2026-02-01");
        g.baselineTo = QStringLiteral("2026-02-28");
        g.target = 300;
        g.start = QStringLiteral("2026-03-01");
        g.deadline = QStringLiteral("2026-03-31");
        g.owner = QStringLiteral("sara");
        g.why = QStringLiteral("Customers hang up after five minutes.");
        return g;
    }

    qint64 count(const QString& sql) { return workspace->db().scalar(sql).toLongLong(); }
};

} // namespace

TEST_CASE("goal store: add with a measured baseline, progress, adjust, tasks",
          "[review][goals][goalstore]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        WaitFloor floor(location);
        GoalStore goals(*floor.workspace, Actor::owner());

        const auto added = goals.add(floor.waitGoal());
        INFO(added.error().toStdString());
        REQUIRE(added.ok());
        CHECK(added->baseline == Approx(900.0));
        INFO("achievable: 600 s in 31 days (135.5 s a week) against the best of 22.6 s a week");
        REQUIRE(added->warnings.size() == 1);
        CHECK(added->warnings.first().contains(QStringLiteral("22.6")));
        CHECK(added->warnings.first().contains(QStringLiteral("135")));

        auto progress = goalProgress(*floor.workspace, Actor::owner(), added->id);
        REQUIRE(progress.ok());
        CHECK(progress->current.n == 12);
        CHECK(*progress->current.value == Approx(600.0));
        REQUIRE(progress->ci95.has_value());
        CHECK(progress->ci95->low == Approx(600.0));
        CHECK(*progress->judgement.shareDone == Approx(0.5));
        CHECK(progress->judgement.shareExpected == Approx(346.0 / 744));
        CHECK(progress->judgement.status == GoalStatus::OnTrack);
        REQUIRE(progress->agents.size() == 1);
        CHECK(progress->agents.first().value.n == 12);

        INFO("weekly trend from the baseline window's first day (1 Feb) to now (15 Mar, 10:00)");
        REQUIRE(progress->trend.size() == 7);
        const qsizetype perWeek[] = {6, 4, 0, 0, 7, 5, 0};
        for (int w = 0; w < 7; ++w) {
            INFO("week " << w);
            CHECK(progress->trend.at(w).value.n == perWeek[w]);
            CHECK(progress->trend.at(w).inBaseline == (w < 4));
        }
        CHECK(*progress->trend.at(0).value.value == Approx(900.0));
        CHECK(*progress->trend.at(4).value.value == Approx(600.0));
        CHECK(progress->trend.last().week.toMs == at("2026-03-15T10:00:00Z"));

        INFO("a harder target is a new version; status follows the version in force");
        const auto adjusted =
            goals.adjust(added->id, {200.0, {}, std::nullopt, QStringLiteral("Board wants more")});
        REQUIRE(adjusted.ok());
        CHECK(adjusted->current.version == 2);
        CHECK(adjusted->versions.size() == 2);
        progress = goalProgress(*floor.workspace, Actor::owner(), added->id);
        CHECK(*progress->judgement.shareDone == Approx(300.0 / 700));
        CHECK(progress->judgement.status == GoalStatus::AtRisk);
        CHECK(goals.find(added->id)->versions.first().target == 300.0);
        CHECK_FALSE(goals.adjust(added->id, {1000.0, {}, std::nullopt, QStringLiteral("x")}).ok());
        CHECK_FALSE(goals.adjust(added->id, {100.0, {}, std::nullopt, {}}).ok());

        GoalTasks tasks(*floor.workspace, Actor::owner());
        const auto t1 =
            tasks.add(added->id, {QStringLiteral("Callback option"), QStringLiteral("omid"),
                                  QStringLiteral("2026-03-10"), std::nullopt});
        const auto t2 = tasks.add(added->id, {QStringLiteral("Shift plan"), QStringLiteral("rita"),
                                              QStringLiteral("2026-03-12"), std::nullopt});
        const auto t3 = tasks.add(added->id, {QStringLiteral("FAQ"), QStringLiteral("sara"),
                                              QStringLiteral("2026-03-30"), 7});
        REQUIRE(t1.ok());
        REQUIRE(t2.ok());
        REQUIRE(t3.ok());
        REQUIRE(tasks.markDone(added->id, *t2).ok());
        CHECK_FALSE(tasks.markDone(added->id, *t2).ok());
        CHECK_FALSE(tasks.add(added->id, {QStringLiteral(" "), {}, {}, std::nullopt}).ok());
        progress = goalProgress(*floor.workspace, Actor::owner(), added->id);
        REQUIRE(progress->tasks.size() == 3);
        CHECK(progress->tasks.at(2).actionItemId == 7);
        CHECK(progress->behindTaskIds == QList<qint64>{*t1});

        CHECK(floor.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                         "('goal.add', 'goal.adjust', 'goal.task.add', "
                                         "'goal.task.done')")) == 6);
    }
}

TEST_CASE("goal store: refusals leave nothing behind", "[review][goals][goalstore]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        WaitFloor floor(location);
        GoalStore goals(*floor.workspace, Actor::owner());
        struct Row {
            const char* name;
            std::function<void(NewGoal&)> change;
            const char* error;
        };
        const Row rows[] = {
            {"no deadline", [](NewGoal& g) { g.deadline.clear(); }, "needs a deadline"},
            {"deadline before start", [](NewGoal& g) { g.deadline = QStringLiteral("2026-02-01"); },
             "before the start"},
            {"target on the wrong side", [](NewGoal& g) { g.target = 1200; }, "must be below"},
            {"target met by the baseline",
             [](NewGoal& g) {
                 g.direction = QStringLiteral("raise");
                 g.target = 900;
             },
             "already meets it"},
            {"no data for the metric",
             [](NewGoal& g) {
                 g.metric = QStringLiteral("nps");
                 g.baseline = 10;
                 g.target = 30;
                 g.direction = QStringLiteral("raise");
             },
             "no data for the metric"},
            {"empty baseline window",
             [](NewGoal& g) {
                 g.baselineFrom = QStringLiteral("2025-01-01");
                 g.baselineTo = QStringLiteral("2025-01-31");
             },
             "to measure a baseline"},
            {"unknown scope", [](NewGoal& g) { g.scope = QStringLiteral("team:Nowhere"); },
             "no team"},
            {"unknown team, entered baseline",
             [](NewGoal& g) {
                 g.scope = QStringLiteral("team:Nowhere");
                 g.baseline = 900;
             },
             "no team"},
            {"unknown agent", [](NewGoal& g) { g.scope = QStringLiteral("agent:zz"); },
             "no agent zz"},
            {"bad scope", [](NewGoal& g) { g.scope = QStringLiteral("everyone"); }, "not a scope"},
            {"no why", [](NewGoal& g) { g.why.clear(); }, "--why"},
        };
        for (const Row& row : rows) {
            INFO(row.name);
            NewGoal goal = floor.waitGoal();
            row.change(goal);
            const auto refused = goals.add(goal);
            REQUIRE_FALSE(refused.ok());
            INFO(refused.error().toStdString());
            CHECK(refused.error().contains(QString::fromLatin1(row.error)));
        }
        CHECK(floor.count(QStringLiteral("SELECT count(*) FROM goals")) == 0);
        CHECK(floor.count(QStringLiteral("SELECT count(*) FROM goal_versions")) == 0);

        INFO("a team named in another case is stored under the directory's spelling");
        NewGoal lower = floor.waitGoal();
        lower.scope = QStringLiteral("team:t");
        const auto added = goals.add(lower);
        REQUIRE(added.ok());
        CHECK(goals.find(added->id)->scope.toText() == QStringLiteral("team:T"));

        testing::addReviewer(*floor.workspace, QStringLiteral("admin"));
        const Actor reviewer = testing::addReviewer(*floor.workspace, QStringLiteral("rita"));
        CHECK_FALSE(GoalStore(*floor.workspace, reviewer).add(floor.waitGoal()).ok());
        CHECK(floor.count(QStringLiteral("SELECT count(*) FROM goals")) == 1);
    }
}

TEST_CASE("goal progress: every goal at once gives each goal's own figures",
          "[review][goals][goalstore]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        WaitFloor floor(location);
        GoalStore goals(*floor.workspace, Actor::owner());
        NewGoal team = floor.waitGoal();
        NewGoal agent = floor.waitGoal();
        agent.scope = QStringLiteral("agent:a1");
        NewGoal median = floor.waitGoal();
        median.metric = QStringLiteral("wait_median_s");
        median.scope = QStringLiteral("floor");
        NewGoal late = floor.waitGoal();
        late.start = QStringLiteral("2026-03-08");
        QList<qint64> ids;
        for (const NewGoal& g : {team, agent, median, late}) {
            const auto added = goals.add(g);
            INFO(added.error().toStdString());
            REQUIRE(added.ok());
            ids << added->id;
        }
        REQUIRE(GoalTasks(*floor.workspace, Actor::owner())
                    .add(ids.at(1), {QStringLiteral("Shift plan"), QStringLiteral("rita"),
                                     QStringLiteral("2026-03-12"), std::nullopt})
                    .ok());

        const auto every = everyGoalProgress(*floor.workspace, Actor::owner());
        INFO(every.error().toStdString());
        REQUIRE(every.ok());
        REQUIRE(every->size() == 4);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            INFO("goal " << i);
            const auto one = goalProgress(*floor.workspace, Actor::owner(), ids.at(i));
            REQUIRE(one.ok());
            const GoalProgress& batch = every->at(i);
            CHECK(batch.goal.id == ids.at(i));
            CHECK(batch.current.n == one->current.n);
            CHECK(batch.current.value == one->current.value);
            CHECK(batch.ci95 == one->ci95);
            CHECK(batch.judgement.status == one->judgement.status);
            REQUIRE(batch.trend.size() == one->trend.size());
            for (qsizetype w = 0; w < batch.trend.size(); ++w) {
                CHECK(batch.trend.at(w).week == one->trend.at(w).week);
                CHECK(batch.trend.at(w).value.n == one->trend.at(w).value.n);
                CHECK(batch.trend.at(w).value.value == one->trend.at(w).value.value);
            }
            REQUIRE(batch.agents.size() == one->agents.size());
            CHECK(batch.tasks.size() == one->tasks.size());
        }
        INFO("the goal that starts on 8 March counts only its own window: five calls");
        CHECK(every->at(3).current.n == 5);
        CHECK(every->at(1).tasks.size() == 1);

        INFO("each week of the trend is what that week alone computes to");
        const GoalProgress& p = every->at(0);
        for (const TrendPoint& point : p.trend) {
            const auto week =
                MetricRollups(*floor.workspace, Actor::owner())
                    .compute({QStringLiteral("wait_s"), {}, p.goal.scope, point.week});
            REQUIRE(week.ok());
            CHECK(week->value.n == point.value.n);
            CHECK(week->value.value == point.value.value);
        }
    }
}
