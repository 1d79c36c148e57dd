#include "app/gui/goals/goaldetail.h"
#include "app/gui/goals/goalprogressbar.h"
#include "app/gui/goals/goalsmodel.h"
#include "app/gui/goals/goalsscreen.h"
#include "app/gui/goals/goaltrendchart.h"
#include "review/agents/directory.h"
#include "review/goals/goalstore.h"
#include "review/goals/goaltasks.h"
#include "review/metrics/metricsimporter.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QBrush>
#include <QDateTime>
#include <QImage>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>

using namespace callqa;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString day(qint64 today, int offset)
{
    return QDateTime::fromMSecsSinceEpoch(today + offset * kDayMs, Qt::UTC)
        .date()
        .toString(Qt::ISODate);
}

review::NewGoal servedGoal(qint64 today, double target, int start, int deadline)
{
    review::NewGoal goal;
    goal.scope = QStringLiteral("agent:a1");
    goal.metric = QStringLiteral("customers_per_day");
    goal.direction = QStringLiteral("raise");
    goal.baseline = 20;
    goal.target = target;
    goal.start = day(today, start);
    goal.deadline = day(today, deadline);
    goal.why = QStringLiteral("more customers served");
    return goal;
}

} // namespace

TEST_CASE("goals screen: the progress bar fills the share done and marks the pace", "[app][goals]")
{
    const QRect cell(10, 0, 100, 20);
    struct Row {
        std::optional<double> done;
        double expected;
        int fillWidth;
        int paceX;
    };
    for (const Row& row : {Row{0.25, 0.5, 25, 60}, Row{std::nullopt, 0.0, 0, 10},
                           Row{1.7, 1.0, 100, 109}, Row{-0.4, 0.33, 0, 43}}) {
        const app::ProgressBarGeometry bar = app::progressBarGeometry(cell, row.done, row.expected);
        CHECK(bar.fill.left() == 10);
        CHECK(bar.fill.width() == row.fillWidth);
        CHECK(bar.fill.height() == 20);
        CHECK(bar.paceX == row.paceX);
    }
    INFO("each judged status has its own colour; the two without a judgement share grey");
    using S = review::GoalStatus;
    const QSet<QRgb> colours = {
        app::statusColour(S::OnTrack).rgb(), app::statusColour(S::AtRisk).rgb(),
        app::statusColour(S::Achieved).rgb(), app::statusColour(S::Missed).rgb(),
        app::statusColour(S::NotStarted).rgb()};
    CHECK(colours.size() == 5);
    CHECK(app::statusColour(S::NotEnoughData) == app::statusColour(S::NotStarted));
}

TEST_CASE("goals screen: lists the goals with their progress, status and pace", "[app][goals]")
{
    for (const review::Backend backend : testing::kAllBackends) {
        DYNAMIC_SECTION(testing::backendName(backend).toStdString())
        {
            testing::TestLocation location(backend);
            auto workspace = testing::openWorkspace(location);
            const qint64 today = workspace->now() / kDayMs * kDayMs;
            review::Database& db = workspace->db();
            REQUIRE(db.transact([&] {
                          review::Directory directory(db);
                          const qint64 team = directory.ensureTeam(QStringLiteral("T"), 0);
                          const qint64 agent =
                              directory.ensureAgent(QStringLiteral("a1"), QStringLiteral("A"), 0);
                          directory.assignTeam(agent, team, 0);
                      }).ok());
            review::MetricsFile file;
            for (int d = 1; d <= 20; ++d)
                file.agentDays << review::AgentDayRow{d, QStringLiteral("a1"), today - d * kDayMs,
                                                      30};
            const auto imported = review::MetricsImporter(*workspace, review::Actor::owner())
                                      .importParsed(file, QStringLiteral("test"));
            REQUIRE(imported.ok());
            REQUIRE(imported->ok());
            review::GoalStore store(*workspace, review::Actor::owner());
            REQUIRE(store.add(servedGoal(today, 50, -20, 10)).ok()); // 1/3 done, 2/3 expected
            REQUIRE(store.add(servedGoal(today, 25, -20, 10)).ok()); // achieved
            REQUIRE(store.add(servedGoal(today, 50, 5, 30)).ok());   // not started

            app::GoalsScreen screen(*workspace, review::Actor::owner());
            CHECK(screen.message().isEmpty());
            const app::GoalsModel* model = screen.model();
            REQUIRE(model->rowCount() == 3);
            const auto at = [&](int row, int column, int role = Qt::DisplayRole) {
                return model->data(model->index(row, column), role);
            };
            CHECK(at(0, app::GoalsModel::Status, app::GoalsModel::StatusRole) ==
                  QStringLiteral("at_risk"));
            CHECK(at(0, app::GoalsModel::Status).toString() == QStringLiteral("at risk"));
            CHECK(at(0, app::GoalsModel::Progress, app::GoalsModel::ShareDoneRole).toDouble() ==
                  Approx(1.0 / 3));
            const double expected =
                at(0, app::GoalsModel::Progress, app::GoalsModel::ShareExpectedRole).toDouble();
            CHECK(expected >= 20.0 / 31); // 20 days and the part of today gone, of 31
            CHECK(expected < 21.0 / 31);
            CHECK(at(0, app::GoalsModel::Current).toString().contains(QStringLiteral("n = 20")));
            CHECK(at(1, app::GoalsModel::Status, app::GoalsModel::StatusRole) ==
                  QStringLiteral("achieved"));
            CHECK(at(2, app::GoalsModel::Status, app::GoalsModel::StatusRole) ==
                  QStringLiteral("not_started"));
            CHECK_FALSE(at(2, app::GoalsModel::Progress, app::GoalsModel::ShareDoneRole).isValid());
            CHECK(at(0, app::GoalsModel::Status, Qt::ForegroundRole).value<QBrush>().color() ==
                  app::statusColour(review::GoalStatus::AtRisk));

            INFO("drawn offscreen: the at-risk bar is there in its colour");
            screen.resize(1100, 300);
            screen.show();
            const QRect cell =
                screen.table()->visualRect(model->index(0, app::GoalsModel::Progress));
            REQUIRE(cell.width() > 60);
            const QImage image = screen.table()->viewport()->grab().toImage();
            const QColor drawn =
                image.pixelColor(cell.left() + cell.width() / 6, cell.center().y());
            const QColor amber = app::statusColour(review::GoalStatus::AtRisk);
            CHECK(drawn.red() > drawn.blue() + 40); // amber over the base, not the plain base
            CHECK(amber.red() > amber.blue());
        }
    }
}

TEST_CASE("goals screen: without goals it says so", "[app][goals]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    app::GoalsScreen screen(*workspace, review::Actor::owner());
    CHECK(screen.model()->rowCount() == 0);
    CHECK(screen.message().contains(QStringLiteral("No goals")));
}

TEST_CASE("goals screen: the 95 % interval as a band of the bar", "[app][goals]")
{
    struct Row {
        double baseline;
        double target;
        review::Interval ci;
        double low;
        double high;
    };
    for (const Row& row : {Row{20, 50, {26, 35}, 0.2, 0.5}, Row{900, 300, {750, 600}, 0.25, 0.5},
                           Row{20, 50, {10, 80}, -1.0 / 3, 2.0}}) {
        const auto shares = app::intervalShares(row.baseline, row.target, row.ci);
        REQUIRE(shares.has_value());
        CHECK(shares->low == Approx(row.low));
        CHECK(shares->high == Approx(row.high));
    }
    CHECK_FALSE(app::intervalShares(20, 50, std::nullopt).has_value());
    CHECK_FALSE(app::intervalShares(20, 20, review::Interval{19, 21}).has_value());
    const QRect cell(10, 0, 100, 30);
    const auto bar = app::progressBarGeometry(cell, 0.3, 0.5, app::IntervalShares{0.2, 0.5});
    CHECK(bar.band == QRect(30, 10, 30, 10));
    INFO("clamped to the bar: an interval past both ends spans it");
    CHECK(app::progressBarGeometry(cell, 0.3, 0.5, app::IntervalShares{-1, 2}).band ==
          QRect(10, 10, 100, 10));
    CHECK(app::progressBarGeometry(cell, 0.3, 0.5).band.isEmpty());
}

TEST_CASE("goals screen: trend, tasks with check boxes, agents, and what an agent sees",
          "[app][goals]")
{
    for (const review::Backend backend : testing::kAllBackends) {
        DYNAMIC_SECTION(testing::backendName(backend).toStdString())
        {
            testing::TestLocation location(backend);
            auto workspace = testing::openWorkspace(location);
            const qint64 today = workspace->now() / kDayMs * kDayMs;
            review::Database& db = workspace->db();
            REQUIRE(db.transact([&] {
                          review::Directory directory(db);
                          const qint64 team = directory.ensureTeam(QStringLiteral("T"), 0);
                          const qint64 other = directory.ensureTeam(QStringLiteral("U"), 0);
                          for (const char* id : {"a1", "a2"}) {
                              const qint64 agent = directory.ensureAgent(
                                  QString::fromLatin1(id), QString::fromLatin1(id).toUpper(), 0);
                              directory.assignTeam(agent, team, 0);
                          }
                          directory.assignTeam(
                              directory.ensureAgent(QStringLiteral("b1"), QStringLiteral("B"), 0),
                              other, 0);
                      }).ok());
            review::MetricsFile file;
            int line = 0;
            for (int d = 1; d <= 40; ++d) {
                for (const char* id : {"a1", "a2", "b1"})
                    file.agentDays << review::AgentDayRow{++line, QString::fromLatin1(id),
                                                          today - d * kDayMs, d <= 14 ? 32 : 22};
            }
            REQUIRE(review::MetricsImporter(*workspace, review::Actor::owner())
                        .importParsed(file, QStringLiteral("test"))
                        .ok());
            review::GoalStore store(*workspace, review::Actor::owner());
            review::NewGoal teamGoal = servedGoal(today, 50, -14, 14);
            teamGoal.scope = QStringLiteral("team:T");
            teamGoal.baseline.reset();
            teamGoal.baselineFrom = day(today, -40);
            teamGoal.baselineTo = day(today, -15);
            const auto added = store.add(teamGoal);
            INFO(added.error().toStdString());
            REQUIRE(added.ok());
            REQUIRE(
                store.adjust(added->id, {45.0, {}, std::nullopt, QStringLiteral("a step")}).ok());
            review::NewGoal otherTeam = servedGoal(today, 50, -14, 14);
            otherTeam.scope = QStringLiteral("team:U");
            REQUIRE(store.add(otherTeam).ok());
            REQUIRE(store.add(servedGoal(today, 50, -14, 14)).ok()); // agent a1's own
            review::GoalTasks tasks(*workspace, review::Actor::owner());
            const auto task =
                tasks.add(added->id, {QStringLiteral("Shift plan"), QStringLiteral("rita"),
                                      day(today, 3), std::nullopt});
            REQUIRE(task.ok());

            app::GoalsScreen screen(*workspace, review::Actor::owner());
            screen.resize(1200, 800);
            screen.show();
            REQUIRE(screen.model()->rowCount() == 3);
            screen.table()->setCurrentIndex(screen.model()->index(0, 0));
            const app::GoalDetail* detail = screen.detail();
            INFO("the weekly series: baseline weeks, weeks since the start, target, the change");
            const QStringList names = detail->chart()->seriesNames();
            REQUIRE(names.size() == 4);
            CHECK(names.at(0) == QStringLiteral("baseline window"));
            CHECK(names.at(1) == QStringLiteral("since the start"));
            CHECK(names.at(2).startsWith(QStringLiteral("target 45")));
            CHECK(names.at(3) == QStringLiteral("goal changed"));
            const QList<int> points = detail->chart()->seriesPointCounts();
            CHECK(points.at(0) >= 3);
            CHECK(points.at(1) == 2);
            CHECK(points.at(3) == 1);
            INFO("the team's figure by agent: a1 and a2, 14 days each");
            REQUIRE(detail->agents()->rowCount() == 2);
            CHECK(detail->agents()->item(0, 0)->text().contains(QStringLiteral("a1")));
            CHECK(detail->agents()->item(0, 1)->text() == QStringLiteral("14"));
            CHECK(detail->agents()->item(1, 2)->text() == QStringLiteral("32"));

            INFO("ticking the task marks it done, audited, and it stays ticked");
            QListWidgetItem* item = detail->tasks()->item(0);
            REQUIRE(item->flags().testFlag(Qt::ItemIsUserCheckable));
            item->setCheckState(Qt::Checked);
            CHECK(detail->message().isEmpty());
            CHECK(db.scalar(QStringLiteral("SELECT done FROM goal_tasks WHERE id = ?"), {*task})
                      .toBool());
            CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                           "'goal.task.done'"))
                      .toInt() == 1);
            REQUIRE(screen.model()->goals().at(0).tasks.size() == 1);
            CHECK(screen.model()->goals().at(0).tasks.first().done);
            CHECK_FALSE(detail->tasks()->item(0)->flags().testFlag(Qt::ItemIsUserCheckable));

            INFO("agent a1 sees their own goal and their team's, with only their own part");
            testing::addReviewer(*workspace, QStringLiteral("sara"), review::Role::Supervisor);
            const review::Actor agent =
                testing::addAgentUser(*workspace, QStringLiteral("ana"), QStringLiteral("a1"));
            app::GoalsScreen own(*workspace, agent);
            own.resize(1200, 800);
            own.show();
            REQUIRE(own.model()->rowCount() == 2);
            QStringList scopes;
            for (const review::GoalProgress& p : own.model()->goals())
                scopes << p.goal.scope.toText();
            CHECK(scopes == QStringList{QStringLiteral("team:T"), QStringLiteral("agent:a1")});
            own.table()->setCurrentIndex(own.model()->index(0, 0));
            REQUIRE(own.detail()->agents()->rowCount() == 1);
            CHECK(own.detail()->agents()->item(0, 0)->text().contains(QStringLiteral("a1")));
            INFO("an agent may not tick tasks: the box is shown, not offered");
            CHECK_FALSE(own.detail()->tasks()->item(0)->flags().testFlag(Qt::ItemIsUserCheckable));
        }
    }
}

TEST_CASE("goals screen: opens with the first page computed, the rest when shown", "[app][goals]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    const qint64 today = workspace->now() / kDayMs * kDayMs;
    review::Database& db = workspace->db();
    REQUIRE(db.transact([&] {
                  review::Directory directory(db);
                  directory.assignTeam(
                      directory.ensureAgent(QStringLiteral("a1"), QStringLiteral("A"), 0),
                      directory.ensureTeam(QStringLiteral("T"), 0), 0);
              }).ok());
    review::MetricsFile file;
    for (int d = 1; d <= 20; ++d)
        file.agentDays << review::AgentDayRow{d, QStringLiteral("a1"), today - d * kDayMs, 30};
    REQUIRE(review::MetricsImporter(*workspace, review::Actor::owner())
                .importParsed(file, QStringLiteral("test"))
                .ok());
    review::GoalStore store(*workspace, review::Actor::owner());
    for (int i = 0; i < 45; ++i)
        REQUIRE(store.add(servedGoal(today, 50 + i, -20, 10)).ok());
    app::GoalsScreen screen(*workspace, review::Actor::owner());
    const app::GoalsModel* model = screen.model();
    REQUIRE(model->rowCount() == 45);
    CHECK(model->isComputed(0));
    CHECK(model->isComputed(39));
    CHECK_FALSE(model->isComputed(44));
    CHECK(model->data(model->index(44, app::GoalsModel::Status), Qt::DisplayRole).toString() ==
          QStringLiteral("…"));
    CHECK_FALSE(
        model->data(model->index(44, app::GoalsModel::Progress), app::GoalsModel::ShareExpectedRole)
            .isValid());
    INFO("the goal's terms show before its figures");
    CHECK(model->data(model->index(44, app::GoalsModel::Target), Qt::DisplayRole)
              .toString()
              .contains(QStringLiteral("94")));
    screen.table()->setCurrentIndex(model->index(44, 0));
    CHECK(model->isComputed(44));
    CHECK(model->data(model->index(44, app::GoalsModel::Status), app::GoalsModel::StatusRole) ==
          QStringLiteral("at_risk"));
    CHECK(model->goals().at(44).current.n == 20);
}
