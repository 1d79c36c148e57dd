// The audit chain on a real workspace, tampered with as an outsider would: the sqlite3 and psql
// command-line programs, run as processes, change the stored rows.
#include "review/audit/auditchainreader.h"
#include "review/audit/auditlog.h"
#include "review/storage/database.h"
#include "review/storage/migrations.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace callqa;
using namespace callqa::review;

namespace {

// Runs SQL on the workspace with the backend's own command-line client.
void tamper(const testing::TestLocation& location, const QString& sql)
{
    QProcess process;
    if (location.backend() == Backend::Sqlite)
        process.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), location.url(), sql});
    else
        process.start(QStringLiteral("psql"),
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                       QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), location.url(),
                       QStringLiteral("-c"), sql});
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
}

void audit(Workspace& workspace, qint64 atMs, const QString& entityId, const QJsonObject& detail)
{
    REQUIRE(workspace.db().transact([&] {
        appendAudit(workspace.db(), atMs,
                    {QStringLiteral("sara"), QStringLiteral("test.step"), QStringLiteral("thing"),
                     entityId, detail});
    }));
}

QList<qint64> auditIds(Workspace& workspace)
{
    QList<qint64> ids;
    QSqlQuery q = workspace.db().exec(QStringLiteral("SELECT id FROM audit_log ORDER BY id"));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

AuditChainVerdict verified(const testing::TestLocation& location)
{
    auto workspace = Workspace::open(location.url(), OpenMode::Existing);
    REQUIRE(workspace.ok());
    const auto verdict = verifyAuditChain(*workspace.value(), Actor::owner());
    INFO(verdict.error().toStdString());
    REQUIRE(verdict.ok());
    return verdict.value();
}

} // namespace

TEST_CASE("audit chain: real writes chain, and sqlite3/psql edits, deletes and swaps are named",
          "[review][auditchain]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        struct Case {
            const char* what;
            const char* sql; // %1..%5: the ids of the first five rows
            AuditChainFault fault;
            int namedRow; // index into the ids
        };
        const std::vector<Case> cases = {
            {"a detail edited", "UPDATE audit_log SET detail = '{\"n\": 99}' WHERE id = %3",
             AuditChainFault::ContentMismatch, 2},
            {"an actor edited", "UPDATE audit_log SET actor = 'mallory' WHERE id = %2",
             AuditChainFault::ContentMismatch, 1},
            {"a time edited", "UPDATE audit_log SET at_ms = at_ms - 1 WHERE id = %4",
             AuditChainFault::ContentMismatch, 3},
            {"a row deleted", "DELETE FROM audit_log WHERE id = %3",
             AuditChainFault::MissingPredecessor, 3},
            {"two rows swapped",
             "UPDATE audit_log SET id = -1 WHERE id = %2; UPDATE audit_log SET id = %2 WHERE id "
             "= %4; UPDATE audit_log SET id = %4 WHERE id = -1",
             AuditChainFault::Order, 1},
            {"the newest row deleted",
             "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM "
             "audit_log)",
             AuditChainFault::MissingTail, -1},
        };
        for (const Case& c : cases) {
            INFO(c.what);
            testing::TestLocation location(backend);
            QList<qint64> ids;
            qint64 last = 0;
            {
                auto workspace = testing::openWorkspace(location);
                // Real write paths (users and their roles) and plain audited steps, with a
                // detail PostgreSQL's JSONB stores in its own key order and spacing.
                testing::addReviewer(*workspace, QStringLiteral("ada"));
                for (int i = 0; i < 4; ++i)
                    audit(*workspace, 1767225600000 + i, i == 2 ? QString() : QString::number(i),
                          {{QStringLiteral("zeta"), i},
                           {QStringLiteral("alpha"), QStringLiteral("Ünïcødé %1").arg(i)},
                           {QStringLiteral("list"), QJsonArray{1.5, true, QJsonValue()}}});
                ids = auditIds(*workspace);
                REQUIRE(ids.size() >= 5);
                last = ids.back();
                const AuditChainVerdict before = verifyAuditChain(workspace->db());
                INFO("the untouched chain verifies");
                CHECK(before.intact());
                CHECK(before.rowsChecked == ids.size());
            }
            QString sql = QString::fromUtf8(c.sql);
            for (int i = 0; i < 5; ++i)
                sql.replace(QStringLiteral("%") + QString::number(i + 1),
                            QString::number(ids.at(i)));
            tamper(location, sql);
            const AuditChainVerdict after = verified(location);
            REQUIRE_FALSE(after.intact());
            CHECK(after.firstBreak->fault == c.fault);
            CHECK(after.firstBreak->rowId == (c.namedRow < 0 ? last : ids.at(c.namedRow)));
        }
    }
}

TEST_CASE("audit chain: a workspace from before the chain gets it from the migration",
          "[review][auditchain][migrations]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        const int chainVersion = migrationVersion(QStringLiteral("0016_audit_chain"));
        REQUIRE(chainVersion > 1);
        testing::TestLocation location(backend);
        {
            auto parsed = parseLocation(location.url());
            REQUIRE(parsed.ok());
            auto db = Database::open(parsed.value());
            REQUIRE(db.ok());
            REQUIRE(migrate(*db.value(), chainVersion - 1).ok());
            // Rows as the program before the chain wrote them, NULLs included.
            db.value()->exec(QStringLiteral(
                "INSERT INTO audit_log (at_ms, actor, action, entity, entity_id, detail) VALUES "
                "(1000, 'cli', 'call.import', 'call', '1', '{\"path\": \"a/ç.wav\", \"b\": 2}'), "
                "(2000, 'ada', 'user.create', 'user', NULL, NULL), "
                "(3000, 'ada', 'agent.create', 'agent', '', '{}')"));
        }
        auto opened = Workspace::open(location.url(), OpenMode::Existing);
        REQUIRE(opened.ok());
        Workspace& workspace = *opened.value();
        CHECK(schemaVersion(workspace.db()).value() == latestSchemaVersion());
        const AuditChainVerdict migrated = verifyAuditChain(workspace.db());
        CHECK(migrated.intact());
        CHECK(migrated.rowsChecked == 3);

        INFO("new rows continue the migrated chain");
        audit(workspace, 4000, QStringLiteral("9"), {});
        const AuditChainVerdict continued = verifyAuditChain(workspace.db());
        CHECK(continued.intact());
        CHECK(continued.rowsChecked == 4);
        CHECK(workspace.db()
                  .scalar(QStringLiteral("SELECT last_hash FROM audit_chain_head"))
                  .toString() == continued.headHash);
    }
}

TEST_CASE("audit chain: an audit row outside a transaction is refused", "[review][auditchain]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        CHECK_THROWS_AS(
            appendAudit(
                workspace->db(), 1,
                {QStringLiteral("sara"), QStringLiteral("x"), QStringLiteral("y"), QString(), {}}),
            DbError);
        CHECK(workspace->db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() ==
              0);
    }
}
