#include "review/agents/directory.h"
#include "review/storage/database.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

TEST_CASE("directory: team membership history gives the team at the time of a call",
          "[review][directory]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        Database& db = workspace->db();
        qint64 agent = 0;
        qint64 berlin = 0;
        qint64 istanbul = 0;
        REQUIRE(db.transact([&] {
                      Directory directory(db);
                      berlin = directory.ensureTeam(QStringLiteral("Berlin"), 0);
                      istanbul = directory.ensureTeam(QString::fromUtf8("İstanbul Destek"), 0);
                      CHECK(directory.ensureTeam(QString::fromUtf8("istanbul destek"), 0) ==
                            istanbul);
                      agent = directory.ensureAgent(QStringLiteral("a1"),
                                                    QString::fromUtf8("Ayşe Yılmaz"), 0);
                      directory.assignTeam(agent, berlin, 1000);
                      directory.assignTeam(agent, istanbul, 5000);
                  }).ok());
        Directory directory(db);
        CHECK_FALSE(directory.teamAt(agent, 999).has_value());
        CHECK(directory.teamAt(agent, 1000) == berlin);
        CHECK(directory.teamAt(agent, 4999) == berlin);
        CHECK(directory.teamAt(agent, 5000) == istanbul);
        CHECK(directory.teamAt(agent, 99999) == istanbul);
        const auto found = directory.findAgent(QStringLiteral("a1"));
        REQUIRE(found.has_value());
        CHECK(found->name == QString::fromUtf8("Ayşe Yılmaz"));
        CHECK(found->teamId == istanbul);
        CHECK(directory.teams().size() == 2);
    }
}
