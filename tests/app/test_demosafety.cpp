#include "app/gui/mainwindow.h"
#include "app/gui/signin/signindialog.h"
#include "review/auth/userstore.h"
#include "review/storage/demomark.h"
#include "tests/app/clirunner.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QTemporaryDir>

using namespace callqa;
using testing::runCallqa;

namespace {
qint64 count(review::Database& db, const QString& sql)
{
    return db.scalar(sql).toLongLong();
}
} // namespace

TEST_CASE("demo safety: the demo refuses a workspace with real data and changes nothing",
          "[app][cli][demo]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        testing::TestLocation location(backend);
        {
            auto workspace = testing::openWorkspace(location);
            review::UserStore users(*workspace, review::Actor::owner());
            REQUIRE(users.createFirstUser({QStringLiteral("ada"),
                                           QStringLiteral("Ada"),
                                           {review::Role::Admin},
                                           QStringLiteral("ada-pw-1"),
                                           {}}));
            testing::addTestCall(*workspace, QStringLiteral("a1"));
        }
        const testing::CliRun demo =
            runCallqa({QStringLiteral("--db"), location.url(), QStringLiteral("--user"),
                       QStringLiteral("ada"), QStringLiteral("demo"), QStringLiteral("--calls"),
                       QStringLiteral("1"), QStringLiteral("--recordings"),
                       dir.filePath(QStringLiteral("rec"))},
                      testing::withPassword(QStringLiteral("ada-pw-1")));
        INFO(demo.err.toStdString());
        CHECK(demo.exitCode == 1);
        CHECK(demo.err.contains(QStringLiteral("the demo did not make")));
        auto workspace = testing::openWorkspace(location);
        review::Database& db = workspace->db();
        INFO("no demo user, no password set, no call, no evaluation, no mark");
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM users")) == 1);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM calls")) == 1);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM evaluations")) == 0);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM checklists")) == 0);
        CHECK_FALSE(review::isDemoWorkspace(*workspace));
        CHECK(runCallqa({QStringLiteral("--db"), location.url(), QStringLiteral("--user"),
                         QStringLiteral("rita"), QStringLiteral("calls")},
                        testing::withPassword(QStringLiteral("demo")))
                  .exitCode == 2);
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("rec"))));
    }
}

TEST_CASE("demo safety: a demo workspace says so on the command line", "[app][cli][demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    const testing::CliRun demo = runCallqa({QStringLiteral("--db"), db, QStringLiteral("demo"),
                                            QStringLiteral("--calls"), QStringLiteral("1")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const testing::CliRun calls = runCallqa({QStringLiteral("--db"), db, QStringLiteral("--user"),
                                             QStringLiteral("sara"), QStringLiteral("calls")},
                                            testing::withPassword(QStringLiteral("demo")));
    CHECK(calls.exitCode == 0);
    CHECK(calls.err.contains(QStringLiteral("is a demo workspace")));
    INFO("machine output stays clean");
    const testing::CliRun json =
        runCallqa({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("sara"),
                   QStringLiteral("--json"), QStringLiteral("calls")},
                  testing::withPassword(QStringLiteral("demo")));
    CHECK(json.exitCode == 0);
    CHECK(json.err.isEmpty());
    INFO("a real workspace says nothing of the kind");
    const QString real = dir.filePath(QStringLiteral("real.db"));
    REQUIRE(runCallqa({QStringLiteral("--db"), real, QStringLiteral("init")}).exitCode == 0);
    const testing::CliRun realCalls =
        runCallqa({QStringLiteral("--db"), real, QStringLiteral("calls")});
    CHECK(realCalls.exitCode == 0);
    CHECK_FALSE(realCalls.err.contains(QStringLiteral("demo")));
}

TEST_CASE("demo safety: the window title and the sign-in dialog of a demo workspace",
          "[app][gui][demo]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    {
        app::SignInDialog plain(*workspace);
        CHECK_FALSE(plain.findChild<QLabel*>(QStringLiteral("demoHint")));
    }
    REQUIRE(review::claimForDemo(*workspace, QStringLiteral("demo")));
    {
        app::SignInDialog dialog(*workspace);
        auto* hint = dialog.findChild<QLabel*>(QStringLiteral("demoHint"));
        REQUIRE(hint);
        INFO(hint->text().toStdString());
        for (const char* expected : {"sara (supervisor)", "rita (reviewer)", "carla (coach)",
                                     "jonas (agent)", "admin (admin)", "\"demo\""})
            CHECK(hint->text().contains(QString::fromUtf8(expected)));
    }
    app::MainWindow window(std::move(workspace), review::Actor::owner());
    CHECK(window.windowTitle().endsWith(QStringLiteral("demo workspace")));
}
