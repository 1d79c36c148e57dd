#include "app/gui/goals/goalprogressbar.h"
#include "app/gui/goals/goalsmodel.h"
#include "app/gui/goals/goalsscreen.h"
#include "review/agents/directory.h"
#include "review/goals/goalstore.h"
#include "review/metrics/metricsimporter.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QBrush>
#include <QDateTime>
#include <QImage>
#include <QTableView>

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
