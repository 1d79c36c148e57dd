#include "review/audit/auditlog.h"
#include "review/storage/database.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace callqa;
using namespace callqa::review;

TEST_CASE("workspace: a transaction that throws leaves nothing behind", "[review][workspace]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        Database& db = workspace->db();
        const Status status = db.transact([&] {
            appendAudit(db, 1,
                        {QStringLiteral("cli"),
                         QStringLiteral("test"),
                         QStringLiteral("thing"),
                         QStringLiteral("1"),
                         {}});
            db.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
        });
        CHECK_FALSE(status.ok());
        CHECK_FALSE(status.error().isEmpty());
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() == 0);
    }
}

TEST_CASE("workspace: ids come back from RETURNING on both backends", "[review][workspace]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        Database& db = workspace->db();
        qint64 first = 0;
        qint64 second = 0;
        REQUIRE(db.transact([&] {
                      const QString sql = QStringLiteral(
                          "INSERT INTO teams (name, name_folded, created_at) VALUES (?, ?, ?) "
                          "RETURNING id");
                      first = db.insert(sql, {QStringLiteral("A"), QStringLiteral("a"), 1});
                      second = db.insert(sql, {QStringLiteral("B"), QStringLiteral("b"), 1});
                  }).ok());
        CHECK(first > 0);
        CHECK(second > first);
    }
}

TEST_CASE("workspace: UTF-8 text and JSON survive a round trip", "[review][workspace]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        Database& db = workspace->db();
        const QString names =
            QString::fromUtf8("Zahra Ahmadi / زهرا احمدی / Алексей / Ayşe Yılmaz");
        QJsonObject detail;
        detail.insert(QStringLiteral("name"), names);
        REQUIRE(db.transact([&] {
                      appendAudit(db, 42,
                                  {names, QStringLiteral("create"), QStringLiteral("agent"),
                                   QStringLiteral("7"), detail});
                  }).ok());
        QSqlQuery q = db.exec(QStringLiteral("SELECT actor, at_ms FROM audit_log"));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == names);
        CHECK(q.value(1).toLongLong() == 42);
    }
}

TEST_CASE("workspace: opening an existing workspace never makes a new one", "[review][workspace]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        // SQLite: a mistyped path, in a folder that does not exist either. PostgreSQL: a database
        // without the callqa schema.
        const QString where = backend == Backend::Sqlite
                                  ? dir.filePath(QStringLiteral("typo/workspace.db"))
                                  : location.url();
        OpenFailure why = OpenFailure::CannotOpen;
        const auto refused = Workspace::open(where, OpenMode::Existing, &why);
        REQUIRE_FALSE(refused.ok());
        CHECK(why == OpenFailure::NotAWorkspace);
        CHECK(refused.error().contains(QStringLiteral("init")));
        if (backend == Backend::Sqlite) {
            CHECK(refused.error().contains(where));
            CHECK_FALSE(QFileInfo::exists(where));
            CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
        } else {
            const auto parsed = parseLocation(where);
            REQUIRE(parsed.ok());
            auto db = Database::open(parsed.value());
            REQUIRE(db.ok());
            CHECK(db.value()
                      ->scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                              "WHERE table_schema = current_schema()"))
                      .toLongLong() == 0);
        }

        INFO("Create makes it; then Existing opens it");
        const auto created = Workspace::open(where, OpenMode::Create);
        INFO(created.error().toStdString());
        REQUIRE(created.ok());
        const auto reopened = Workspace::open(where, OpenMode::Existing);
        INFO(reopened.error().toStdString());
        CHECK(reopened.ok());
    }
}

TEST_CASE("workspace: a file that holds no callqa schema is not a workspace", "[review][workspace]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    QFile file(empty);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    OpenFailure why = OpenFailure::CannotOpen;
    const auto refused = Workspace::open(empty, OpenMode::Existing, &why);
    REQUIRE_FALSE(refused.ok());
    CHECK(why == OpenFailure::NotAWorkspace);
    CHECK(refused.error().contains(QStringLiteral("not a callqa workspace")));
    CHECK(QFileInfo(empty).size() == 0);

    const auto folder = Workspace::open(dir.path(), OpenMode::Existing, &why);
    REQUIRE_FALSE(folder.ok());
    CHECK(why == OpenFailure::NotAWorkspace);
    CHECK(folder.error().contains(QStringLiteral("folder")));
}
