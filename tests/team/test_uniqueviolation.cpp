#include "review/storage/database.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

TEST_CASE("team: a unique violation is recognised on both backends, and retried on request",
          "[team][dialect]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        Database& db = workspace->db();
        const QString insert = QStringLiteral(
            "INSERT INTO teams (name, name_folded, created_at) VALUES (?, ?, ?) RETURNING id");
        REQUIRE_NOTHROW(db.insert(insert, {QStringLiteral("A"), QStringLiteral("a"), 1}));
        QString code;
        try {
            db.insert(insert, {QStringLiteral("A"), QStringLiteral("a"), 2});
        } catch (const DbError& error) {
            code = error.nativeCode();
        }
        INFO(code.toStdString());
        CHECK(dialect::isUniqueViolation(backend, code));
        CHECK_FALSE(dialect::isRetryable(backend, code));

        INFO("with retryUniqueViolation the body runs again and can find the row");
        int attempts = 0;
        const Status status = db.transact(
            [&] {
                ++attempts;
                if (attempts == 1)
                    db.insert(insert, {QStringLiteral("A"), QStringLiteral("a"), 3});
            },
            TransactOptions{.attempts = 4, .retryUniqueViolation = true});
        CHECK(status.ok());
        CHECK(attempts == 2);
        INFO("without it the violation is an error at once");
        attempts = 0;
        const Status plain = db.transact([&] {
            ++attempts;
            db.insert(insert, {QStringLiteral("A"), QStringLiteral("a"), 4});
        });
        CHECK_FALSE(plain.ok());
        CHECK(attempts == 1);
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM teams")).toLongLong() == 1);
    }
}

TEST_CASE("team: a NOT NULL or foreign-key violation is not retried as a duplicate and says why",
          "[team][dialect]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        Database& db = workspace->db();
        struct Case {
            const char* what;
            QString sql;
            QVariantList binds;
            QStringList reasons; // the message names the real constraint (one of these)
        };
        const QList<Case> cases = {
            {"NOT NULL",
             QStringLiteral("INSERT INTO teams (name, name_folded, created_at) VALUES (?, ?, ?)"),
             {QStringLiteral("B"), QVariant(QMetaType::fromType<QString>()), 1},
             {QStringLiteral("NOT NULL"), QStringLiteral("not-null")}},
            {"FOREIGN KEY",
             QStringLiteral(
                 "INSERT INTO agent_teams (agent_id, team_id, from_ms) VALUES (?, ?, ?)"),
             {qint64(9999), qint64(9999), 1},
             {QStringLiteral("FOREIGN KEY"), QStringLiteral("foreign key")}},
        };
        for (const Case& c : cases) {
            INFO(c.what);
            QString code;
            try {
                db.exec(c.sql, c.binds);
            } catch (const DbError& error) {
                code = error.nativeCode();
            }
            INFO("native code " << code.toStdString());
            REQUIRE_FALSE(code.isEmpty());
            CHECK_FALSE(dialect::isUniqueViolation(backend, code));
            CHECK_FALSE(dialect::isRetryable(backend, code));

            int attempts = 0;
            const Status status = db.transact(
                [&] {
                    ++attempts;
                    db.exec(c.sql, c.binds);
                },
                TransactOptions{.attempts = 4, .retryUniqueViolation = true});
            REQUIRE_FALSE(status.ok());
            CHECK(attempts == 1);
            INFO(status.error().toStdString());
            CHECK(std::any_of(c.reasons.begin(), c.reasons.end(), [&](const QString& reason) {
                return status.error().contains(reason);
            }));
        }
    }
}
