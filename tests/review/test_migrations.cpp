#include "review/storage/migrations.h"
#include "review/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

TEST_CASE("migrations: a new workspace is at the latest schema", "[review][migrations]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const auto version = schemaVersion(workspace->db());
        REQUIRE(version.ok());
        CHECK(version.value() == latestSchemaVersion());

        INFO("opening again migrates nothing and keeps the data");
        REQUIRE(workspace->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
        workspace.reset();
        auto again = testing::openWorkspace(location);
        CHECK(again->setting(QStringLiteral("k")) == QStringLiteral("v"));
    }
}

TEST_CASE("migrations: a workspace from a newer program is refused", "[review][migrations]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        {
            auto workspace = testing::openWorkspace(location);
            workspace->db().exec(QStringLiteral("UPDATE schema_version SET version = ?"),
                                 {latestSchemaVersion() + 5});
        }
        const auto reopened = Workspace::open(location.url());
        REQUIRE_FALSE(reopened.ok());
        CHECK(reopened.error().contains(QString::number(latestSchemaVersion() + 5)));
    }
}

TEST_CASE("migrations: a file that is not a database is refused cleanly", "[review][migrations]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("not-a-db.db"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const auto workspace = Workspace::open(path);
    REQUIRE_FALSE(workspace.ok());
    CHECK_FALSE(workspace.error().isEmpty());
}

TEST_CASE("migrations: an unreachable server gives a clear error", "[review][migrations]")
{
    const auto workspace =
        Workspace::open(QStringLiteral("postgresql://nobody:pw123@127.0.0.1:1/none"));
    REQUIRE_FALSE(workspace.ok());
    CHECK(workspace.error().contains(QStringLiteral("127.0.0.1")));
    INFO("the password never appears in an error");
    CHECK_FALSE(workspace.error().contains(QStringLiteral("pw123")));
}
