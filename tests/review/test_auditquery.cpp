#include "review/audit/auditlog.h"
#include "review/audit/auditquery.h"
#include "review/storage/database.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

namespace {

Actor userWith(Role role)
{
    Actor actor;
    actor.userId = 3;
    actor.login = QStringLiteral("someone");
    actor.roles = {role};
    return actor;
}

QStringList ids(const Result<QList<AuditRecord>>& records)
{
    INFO(records.error().toStdString());
    REQUIRE(records.ok());
    QStringList out;
    for (const AuditRecord& record : records.value())
        out << record.entityId;
    return out;
}

} // namespace

TEST_CASE("audit query: filters, newest first, only for those who may read it", "[review][audit]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        Database& db = workspace->db();
        QJsonObject detail;
        detail.insert(QStringLiteral("name"), QString::fromUtf8("Ольга"));
        REQUIRE(db.transact([&] {
            appendAudit(db, 1000,
                        {QStringLiteral("ada"), QStringLiteral("user.create"),
                         QStringLiteral("user"), QStringLiteral("1"), detail});
            appendAudit(db, 2000,
                        {QStringLiteral("rita"),
                         QStringLiteral("auth.signin"),
                         QStringLiteral("user"),
                         QStringLiteral("2"),
                         {}});
            appendAudit(db, 3000,
                        {QStringLiteral("ada"),
                         QStringLiteral("user.roles"),
                         QStringLiteral("user"),
                         QStringLiteral("3"),
                         {}});
            appendAudit(db, 3000,
                        {QStringLiteral("ada"),
                         QStringLiteral("username.odd"),
                         QStringLiteral("thing"),
                         QStringLiteral("4"),
                         {}});
            appendAudit(db, 5000,
                        {QStringLiteral("sara"),
                         QStringLiteral("call.import"),
                         QStringLiteral("call"),
                         QStringLiteral("5"),
                         {}});
        }));
        const Actor coach = userWith(Role::Coach);

        INFO("newest first; ties in time keep the order they were written in, newest first");
        CHECK(ids(queryAudit(*workspace, coach, {})) ==
              QStringList{QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("3"),
                          QStringLiteral("2"), QStringLiteral("1")});

        AuditFilter filter;
        filter.sinceMs = 2000;
        filter.untilMs = 5000;
        CHECK(ids(queryAudit(*workspace, coach, filter)) ==
              QStringList{QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("2")});

        filter = {};
        filter.actor = QStringLiteral("ada");
        filter.limit = 2;
        CHECK(ids(queryAudit(*workspace, coach, filter)) ==
              QStringList{QStringLiteral("4"), QStringLiteral("3")});

        INFO("an action family matches its members, not other actions that start alike");
        filter = {};
        filter.action = QStringLiteral("user");
        CHECK(ids(queryAudit(*workspace, coach, filter)) ==
              QStringList{QStringLiteral("3"), QStringLiteral("1")});
        filter.action = QStringLiteral("user.create");
        const auto created = queryAudit(*workspace, coach, filter);
        CHECK(ids(created) == QStringList{QStringLiteral("1")});
        CHECK(created->first().detail.value(QStringLiteral("name")).toString() ==
              QString::fromUtf8("Ольга"));
        CHECK(created->first().atMs == 1000);

        filter = {};
        filter.entity = QStringLiteral("user");
        filter.entityId = QStringLiteral("2");
        CHECK(ids(queryAudit(*workspace, coach, filter)) == QStringList{QStringLiteral("2")});

        filter = {};
        filter.limit = 0;
        CHECK_FALSE(queryAudit(*workspace, coach, filter).ok());

        for (Role role : {Role::Reviewer, Role::Agent}) {
            const auto refused = queryAudit(*workspace, userWith(role), {});
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().contains(roleName(role)));
            CHECK(refused.error().contains(QStringLiteral("audit")));
        }
        for (Role role : {Role::Supervisor, Role::Admin})
            CHECK(queryAudit(*workspace, userWith(role), {}).ok());
    }
}
