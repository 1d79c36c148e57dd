#include "review/storage/database.h"
#include "review/storage/migrations.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <QFile>
#include <QTemporaryDir>

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
        const auto reopened = Workspace::open(location.url(), OpenMode::Existing);
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
    const auto workspace = Workspace::open(path, OpenMode::Existing);
    REQUIRE_FALSE(workspace.ok());
    CHECK_FALSE(workspace.error().isEmpty());
}

TEST_CASE("migrations: an unreachable server gives a clear error", "[review][migrations]")
{
    const auto workspace = Workspace::open(
        QStringLiteral("postgresql://nobody:pw123@127.0.0.1:1/none"), OpenMode::Existing);
    REQUIRE_FALSE(workspace.ok());
    CHECK(workspace.error().contains(QStringLiteral("127.0.0.1")));
    INFO("the password never appears in an error");
    CHECK_FALSE(workspace.error().contains(QStringLiteral("pw123")));
}

TEST_CASE("migrations: a workspace written at schema version 1 upgrades and keeps its data",
          "[review][migrations]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.db"));
    REQUIRE(QFile::copy(QStringLiteral(CALLQA_TEST_DATA "/workspaces/schema-v1.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    auto opened = Workspace::open(path, OpenMode::Existing);
    REQUIRE(opened.ok());
    auto& workspace = *opened.value();
    CHECK(schemaVersion(workspace.db()).value() == latestSchemaVersion());

    CHECK(workspace.db().scalar(QStringLiteral("SELECT count(*) FROM calls")).toInt() == 2);
    CHECK(workspace.db()
              .scalar(QStringLiteral("SELECT name FROM agents WHERE external_id = ?"),
                      {QStringLiteral("a-101")})
              .toString() == QStringLiteral("Дмитрий Орлов"));
    CHECK(workspace.db()
              .scalar(QStringLiteral("SELECT name FROM teams WHERE name_folded = ?"),
                      {QStringLiteral("istanbul destek")})
              .toString() == QStringLiteral("İstanbul Destek"));
    const int auditRows =
        workspace.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    CHECK(auditRows == 4);

    INFO("the tables of later versions exist and work");
    CHECK(workspace.db().scalar(QStringLiteral("SELECT count(*) FROM checklists")).toInt() == 0);
    CHECK(workspace.db().scalar(QStringLiteral("SELECT count(*) FROM evaluations")).toInt() == 0);
}

TEST_CASE("migrations: each step upgrades a workspace left at an earlier version",
          "[review][migrations]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        for (int from = 1; from < latestSchemaVersion(); ++from) {
            INFO("from version " << from);
            testing::TestLocation location(backend);
            {
                auto parsed = parseLocation(location.url());
                REQUIRE(parsed.ok());
                auto db = Database::open(parsed.value());
                REQUIRE(db.ok());
                REQUIRE(migrate(*db.value(), from).ok());
                CHECK(schemaVersion(*db.value()).value() == from);
                db.value()->exec(QStringLiteral("INSERT INTO teams (name, name_folded, "
                                                "created_at) VALUES ('Берлин', 'берлин', 1)"));
            }
            auto upgraded = Workspace::open(location.url(), OpenMode::Existing);
            REQUIRE(upgraded.ok());
            CHECK(schemaVersion(upgraded.value()->db()).value() == latestSchemaVersion());
            CHECK(upgraded.value()
                      ->db()
                      .scalar(QStringLiteral("SELECT name FROM teams"))
                      .toString() == QStringLiteral("Берлин"));
        }
    }
}
