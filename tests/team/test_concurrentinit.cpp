#include "review/storage/migrations.h"
#include "tests/support/testworkspace.h"
#include "tests/team/teamsupport.h"

#include <catch2/catch.hpp>

using namespace callqa;

TEST_CASE("team: workstations migrating a new workspace at the same moment migrate it once",
          "[team][migrations]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 4; ++i)
            processes.push_back(testing::startCallqa(
                {QStringLiteral("--db"), location.url(), QStringLiteral("init")}));
        for (auto& process : processes) {
            const testing::Run run = testing::finish(*process);
            INFO(run.out.toStdString() << run.err.toStdString());
            CHECK(run.exitCode == 0);
            CHECK(run.err.isEmpty());
        }
        const QString url = location.url();
        CHECK(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM schema_version"))
                  .toLongLong() == 1);
        CHECK(testing::queryValue(url, QStringLiteral("SELECT max(version) FROM schema_version"))
                  .toInt() == review::latestSchemaVersion());
        CHECK(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM calls")).toLongLong() ==
              0);
    }
}
