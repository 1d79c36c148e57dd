#include "app/audioprober.h"
#include "app/gui/calibration/calibrationpanel.h"
#include "app/gui/goals/goalsscreen.h"
#include "app/gui/mainwindow.h"
#include "review/agents/directory.h"
#include "review/calls/callimporter.h"
#include "tests/support/mediafiles.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

using namespace callqa;

namespace {

// Sets the default locale for a test and puts the previous one back however the test ends.
struct DefaultLocale {
    explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_previous); }
    DefaultLocale(const DefaultLocale&) = delete;
    DefaultLocale& operator=(const DefaultLocale&) = delete;

private:
    QLocale m_previous;
};

} // namespace

TEST_CASE("main window: lists the library and shows the selected call", "[app][gui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString calls = dir.filePath(QStringLiteral("calls"));
    testing::makeRecording(calls + QStringLiteral("/20260305-101500_a1_in_C-1.wav"), 1.0);
    testing::makeRecording(calls + QStringLiteral("/20260306-101500_a1_out_C-2.wav"), 2.0);
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    review::Database& db = workspace->db();
    REQUIRE(db.transact([&] {
        review::Directory(db).ensureAgent(QStringLiteral("a1"), QStringLiteral("Anna"), 0);
    }));
    review::CallImporter importer(*workspace, app::probeRecording);
    review::ImportOptions options;
    options.folder = calls;
    options.actor = review::Actor::owner();
    REQUIRE(importer.run(options).imported == 2);

    app::MainWindow window(std::move(workspace), review::Actor::owner());
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("callTable"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() == 2);
    auto* details = window.findChild<QLabel*>(QStringLiteral("callDetails"));
    REQUIRE(details);
    CHECK(details->text().contains(QStringLiteral("C-2")));
    table->selectRow(1);
    CHECK(details->text().contains(QStringLiteral("C-1")));
    const QImage shot = window.grab().toImage();
    CHECK(shot.width() > 600);
}

TEST_CASE("main window: offers only what the signed-in role may do", "[app][gui]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    const auto window = [&location](QList<review::Role> roles) {
        review::Actor actor;
        actor.userId = 9;
        actor.login = QStringLiteral("pat");
        actor.roles = std::move(roles);
        return std::make_unique<app::MainWindow>(testing::openWorkspace(location), actor);
    };
    const auto admin = window({review::Role::Admin});
    CHECK(admin->may(review::Action::ImportCalls));
    CHECK(admin->findChild<QAction*>(QStringLiteral("importAction")));
    CHECK(admin->windowTitle().contains(QStringLiteral("pat")));

    const auto reviewer = window({review::Role::Reviewer});
    CHECK_FALSE(reviewer->may(review::Action::ImportCalls));
    CHECK_FALSE(reviewer->may(review::Action::ManageChecklists));
    CHECK(reviewer->may(review::Action::ScoreCall));
    CHECK_FALSE(reviewer->findChild<QAction*>(QStringLiteral("importAction")));
    INFO("every workstation user may say where the shared recordings folder is mounted");
    CHECK(admin->findChild<QAction*>(QStringLiteral("recordingsFolderAction")));
    CHECK(reviewer->findChild<QAction*>(QStringLiteral("recordingsFolderAction")));

    INFO("calibration sessions open from the menu for those who score or read them");
    auto* calibration = reviewer->findChild<QAction*>(QStringLiteral("calibrationAction"));
    REQUIRE(calibration);
    calibration->trigger();
    CHECK(reviewer->findChild<app::CalibrationPanel*>());
    CHECK_FALSE(admin->findChild<QAction*>(QStringLiteral("calibrationAction")));

    INFO("an agent may not list calls: the library stays empty and the status bar says why");
    const auto agent = window({review::Role::Agent});
    auto* table = agent->findChild<QTableView*>(QStringLiteral("callTable"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() == 0);
    CHECK(agent->statusBar()->currentMessage().contains(QStringLiteral("agent")));

    INFO("the goals screen opens from the menu for everyone, an agent too");
    auto* goals = agent->findChild<QAction*>(QStringLiteral("goalsAction"));
    REQUIRE(goals);
    goals->trigger();
    CHECK(agent->findChild<app::GoalsScreen*>());
    CHECK(admin->findChild<QAction*>(QStringLiteral("goalsAction")));
}
