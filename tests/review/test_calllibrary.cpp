#include "review/calls/calllibrary.h"
#include "review/storage/database.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

TEST_CASE("call library: every call unless a limit is asked for, and how many there are",
          "[review][calls]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        testing::addTestCalls(*workspace, 10'020, QStringLiteral("L-"));
        testing::addTestCall(*workspace, QStringLiteral("a-1"));
        Database& db = workspace->db();

        INFO("no silent bound: what `calls` and `analyze --all` list is every call");
        const auto all = listCalls(db, Actor::owner(), {});
        REQUIRE(all.ok());
        CHECK(all->size() == 10'021);
        CHECK(countCalls(db) == 10'021);

        CallFilter limited;
        limited.limit = 7;
        CHECK(listCalls(db, limited).size() == 7);
        CHECK(countCalls(db, limited) == 10'021);
        limited.limit = 0;
        CHECK(listCalls(db, limited).isEmpty());

        CallFilter agent;
        agent.agentExternalId = QStringLiteral("a-1");
        CHECK(listCalls(db, agent).size() == 1);
        CHECK(countCalls(db, agent) == 1);
        agent.agentExternalId = QStringLiteral("a-\u0000");
        CHECK(countCalls(db, agent) == 0);

        Actor agentUser;
        agentUser.userId = 3;
        agentUser.login = QStringLiteral("olga");
        agentUser.roles = {Role::Agent};
        const auto refused = countCalls(db, agentUser, {});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("olga (agent) may not read calls")));
    }
}
