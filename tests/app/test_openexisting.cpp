#include "app/gui/workspaceopener.h"
#include "tests/app/clirunner.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace callqa;

namespace {

QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

TEST_CASE(
    "open existing: a mistyped --db exits 2 naming the path and creates nothing; init creates",
    "[app][cli][openexisting]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString typo = dir.filePath(QStringLiteral("wrokspace.db"));
    const QString nested = dir.filePath(QStringLiteral("no/such/folder/workspace.db"));
    for (const QString& path : {typo, nested}) {
        for (const QStringList& command :
             {QStringList{QStringLiteral("calls")},
              QStringList{QStringLiteral("user"), QStringLiteral("list")},
              QStringList{QStringLiteral("import"), dir.path()}}) {
            INFO(path.toStdString() << " " << command.join(QLatin1Char(' ')).toStdString());
            const testing::CliRun run =
                testing::runCallqa(QStringList{QStringLiteral("--db"), path} + command);
            CHECK(run.exitCode == 2);
            CHECK(run.err.contains(path));
            CHECK(run.err.contains(QStringLiteral("callqa --db '%1' init").arg(path)));
            CHECK(entriesOf(dir.path()).isEmpty());
        }
    }

    const testing::CliRun init =
        testing::runCallqa({QStringLiteral("--db"), nested, QStringLiteral("init")});
    INFO(init.err.toStdString());
    CHECK(init.exitCode == 0);
    CHECK(QFileInfo(nested).isFile());
    const testing::CliRun calls =
        testing::runCallqa({QStringLiteral("--db"), nested, QStringLiteral("calls")});
    CHECK(calls.exitCode == 0);
}

TEST_CASE("open existing: a PostgreSQL database without the schema is not a workspace yet",
          "[app][cli][openexisting]")
{
    testing::TestLocation location(review::Backend::Postgres);
    const testing::CliRun calls =
        testing::runCallqa({QStringLiteral("--db"), location.url(), QStringLiteral("calls")});
    CHECK(calls.exitCode == 2);
    CHECK(calls.err.contains(QStringLiteral("not a callqa workspace yet")));
    CHECK(calls.err.contains(QStringLiteral("init")));
    const testing::CliRun init =
        testing::runCallqa({QStringLiteral("--db"), location.url(), QStringLiteral("init")});
    CHECK(init.exitCode == 0);
    const testing::CliRun again =
        testing::runCallqa({QStringLiteral("--db"), location.url(), QStringLiteral("calls")});
    CHECK(again.exitCode == 0);
}

TEST_CASE("open existing: the window creates only its built-in default workspace",
          "[app][gui][openexisting]")
{
    const QString builtIn = QStringLiteral("/home/qa/.local/share/callqa/workspace.db");
    struct Row {
        const char* givenDb;
        const char* resolved;
        review::OpenMode mode;
    };
    const Row rows[] = {
        // first run, double-clicked: the per-user default is made
        {"", "/home/qa/.local/share/callqa/workspace.db", review::OpenMode::Create},
        {"", "/home/qa/.local/share/callqa//workspace.db", review::OpenMode::Create},
        // $CALLQA_DB or the last workspace used: must be there (an unmounted share is reported)
        {"", "/mnt/share/qa/workspace.db", review::OpenMode::Existing},
        {"", "postgresql://qa@db/floor", review::OpenMode::Existing},
        // --db: must be there, even when it names the default
        {"/tmp/wrokspace.db", "/tmp/wrokspace.db", review::OpenMode::Existing},
        {"/home/qa/.local/share/callqa/workspace.db", "/home/qa/.local/share/callqa/workspace.db",
         review::OpenMode::Existing},
    };
    for (const Row& row : rows) {
        INFO(row.givenDb << " -> " << row.resolved);
        CHECK(app::windowOpenMode(QString::fromUtf8(row.givenDb), QString::fromUtf8(row.resolved),
                                  builtIn) == row.mode);
    }
}

TEST_CASE("open existing: the window refuses a --db that does not exist, exit 2, no file",
          "[app][gui][openexisting]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString typo = dir.filePath(QStringLiteral("wrokspace.db"));

    INFO("the function the window uses");
    const app::WindowWorkspace opened =
        app::openWindowWorkspace(typo, review::OpenMode::Existing, false);
    CHECK_FALSE(opened.workspace);
    CHECK(opened.exitCode == 2);
    CHECK(opened.error.contains(typo));
    CHECK(opened.error.contains(QStringLiteral("init")));
    CHECK(entriesOf(dir.path()).isEmpty());

    INFO("the window itself, offscreen");
    const QString shot = dir.filePath(QStringLiteral("shot/window.png"));
    const testing::CliRun window = testing::runCallqa(
        {QStringLiteral("--offscreen"), QStringLiteral("--screenshot"), shot,
         QStringLiteral("--db"), typo},
        {{QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))},
         {QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data"))}});
    CHECK(window.exitCode == 2);
    CHECK(window.err.contains(typo));
    CHECK_FALSE(QFileInfo::exists(typo));
    CHECK_FALSE(QFileInfo::exists(shot));

    INFO("with Create (the built-in default on a first run) it makes the workspace");
    const app::WindowWorkspace created =
        app::openWindowWorkspace(typo, review::OpenMode::Create, false);
    CHECK(created.workspace);
    CHECK(QFileInfo(typo).isFile());
}

TEST_CASE("open existing: a first run of the window makes its default workspace",
          "[app][gui][openexisting]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString shot = dir.filePath(QStringLiteral("window.png"));
    const testing::CliRun window = testing::runCallqa(
        {QStringLiteral("--offscreen"), QStringLiteral("--screenshot"), shot},
        {{QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))},
         {QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data"))}});
    INFO(window.err.toStdString());
    CHECK(window.exitCode == 0);
    CHECK(QFileInfo(dir.filePath(QStringLiteral("data/callqa/workspace.db"))).isFile());
    CHECK(QFileInfo::exists(shot));
}
