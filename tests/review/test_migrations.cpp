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

TEST_CASE("migrations: double scoring keys drafts per second scorer and keeps drafts and comments",
          "[review][migrations]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        const int before = migrationVersion(QStringLiteral("0015_double_scoring")) - 1;
        REQUIRE(before > 0);
        {
            auto parsed = parseLocation(location.url());
            REQUIRE(parsed.ok());
            auto opened = Database::open(parsed.value());
            REQUIRE(opened.ok());
            Database& db = *opened.value();
            REQUIRE(migrate(db, before).ok());
            REQUIRE(db.transact([&] {
                db.exec(QStringLiteral(
                    "INSERT INTO calls (id, content_sha256, relative_path, file_size, format, "
                    "codec, sample_rate, channels, duration_ms, imported_at) VALUES (5, 'x', "
                    "'a.wav', 1, 'wav', 'pcm', 8000, 1, 1000, 1)"));
                db.exec(QStringLiteral("INSERT INTO checklists (id, checklist_key, name, "
                                       "created_at) VALUES (3, 'k', 'K', 1)"));
                db.exec(QStringLiteral(
                    "INSERT INTO checklist_versions (id, checklist_id, version, name, "
                    "content_json, published_at, published_by) VALUES (4, 3, 1, 'K', '{}', 1, "
                    "'sam')"));
                db.exec(QStringLiteral(
                    "INSERT INTO evaluation_drafts (id, call_id, checklist_id, "
                    "checklist_version_id, answers_json, revision, created_by, created_at, "
                    "updated_by, updated_at) VALUES (7, 5, 3, 4, '{}', 2, 'rita', 1, 'rita', 1)"));
                db.exec(QStringLiteral(
                    "INSERT INTO review_comments (call_id, draft_id, at_ms, body, author, "
                    "created_at, updated_at) VALUES (5, 7, 1500, 'Hold music', 'rita', 1, 1)"));
            }));
        }
        auto upgraded = Workspace::open(location.url(), OpenMode::Existing);
        INFO(upgraded.error().toStdString());
        REQUIRE(upgraded.ok());
        Database& db = upgraded.value()->db();
        CHECK(schemaVersion(db).value() == latestSchemaVersion());
        INFO("the draft keeps its id, answers and comment, and is the call's shared draft");
        CHECK(db.scalar(QStringLiteral("SELECT revision FROM evaluation_drafts WHERE id = 7 AND "
                                       "second_scorer = ''"))
                  .toInt() == 2);
        CHECK(db.scalar(QStringLiteral("SELECT body FROM review_comments WHERE draft_id = 7"))
                  .toString() == QStringLiteral("Hold music"));
        const QString insert = QStringLiteral(
            "INSERT INTO evaluation_drafts (call_id, checklist_id, checklist_version_id, "
            "answers_json, created_by, created_at, updated_by, updated_at, second_scorer) VALUES "
            "(5, 3, 4, '{}', ?, 1, ?, 1, ?)");
        INFO("a second scorer's own draft of the same call and checklist fits beside it, once");
        CHECK(db.transact([&] {
                    db.exec(insert, {QStringLiteral("omid"), QStringLiteral("omid"),
                                     QStringLiteral("omid")});
                }).ok());
        CHECK_FALSE(db.transact([&] {
                          db.exec(insert, {QStringLiteral("omid"), QStringLiteral("omid"),
                                           QStringLiteral("omid")});
                      }).ok());
        CHECK_FALSE(db.transact([&] {
                          db.exec(insert, {QStringLiteral("sam"), QStringLiteral("sam"),
                                           QStringLiteral("")});
                      }).ok());
        INFO("comments still need a draft that exists");
        CHECK(db.scalar(QStringLiteral("SELECT count(DISTINCT id) FROM evaluation_drafts"))
                  .toLongLong() == 2);
        CHECK_FALSE(db.transact([&] {
                          db.exec(QStringLiteral(
                              "INSERT INTO review_comments (call_id, draft_id, at_ms, body, "
                              "author, created_at, updated_at) VALUES (5, 99, 1, 'x', 'a', 1, 1)"));
                      }).ok());
    }
}
