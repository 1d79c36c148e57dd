#include "review/storage/demomark.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using review::DemoFill;

TEST_CASE("demo mark: the demo fills only a new workspace or one it made", "[review][demo]")
{
    struct Row {
        qint64 rows;
        bool markedDemo;
        DemoFill expected;
    };
    const Row table[] = {
        {0, false, DemoFill::MarkAndFill}, // new and empty: the demo claims it
        {0, true, DemoFill::Refill},       // claimed, then interrupted before anything was added
        {40, true, DemoFill::Refill},      // the demo's own: running it again adds what is missing
        {1, false, DemoFill::Refuse},      // one real agent, user or call: never touched
        {5000, false, DemoFill::Refuse},
    };
    for (const Row& row : table) {
        INFO("rows " << row.rows << ", marked " << row.markedDemo);
        CHECK(review::decideDemoFill({row.rows, row.markedDemo}) == row.expected);
    }
}

namespace {
qint64 count(review::Database& db, const QString& sql)
{
    return db.scalar(sql).toLongLong();
}
} // namespace

TEST_CASE("demo mark: claimed in one transaction with an audit row, refused on real data",
          "[review][demo]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation empty(backend);
        auto fresh = testing::openWorkspace(empty);
        CHECK_FALSE(review::isDemoWorkspace(*fresh));
        const auto first = review::claimForDemo(*fresh, QStringLiteral("demo"));
        REQUIRE(first);
        CHECK(first.value() == DemoFill::MarkAndFill);
        CHECK(review::isDemoWorkspace(*fresh));
        CHECK(count(fresh->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                "'workspace.mark_demo'")) == 1);
        testing::addTestCall(*fresh, QStringLiteral("a1"));
        const auto again = review::claimForDemo(*fresh, QStringLiteral("demo"));
        REQUIRE(again);
        CHECK(again.value() == DemoFill::Refill);
        CHECK(count(fresh->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                "'workspace.mark_demo'")) == 1);

        testing::TestLocation real(backend);
        auto used = testing::openWorkspace(real);
        testing::addTestCall(*used, QStringLiteral("a7"));
        const qint64 auditBefore =
            count(used->db(), QStringLiteral("SELECT count(*) FROM audit_log"));
        const auto refused = review::claimForDemo(*used, QStringLiteral("demo"));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(QStringLiteral("did not make")));
        CHECK(refused.error().contains(QStringLiteral("callqa demo --db NEW.db")));
        CHECK_FALSE(review::isDemoWorkspace(*used));
        CHECK(count(used->db(), QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);
    }
}
