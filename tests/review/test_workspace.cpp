#include "review/audit/auditlog.h"
#include "review/storage/database.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QJsonObject>

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
