#include "review/calls/librarymodel.h"
#include "review/storage/database.h"
#include "tests/support/librarydata.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace callqa;
using namespace callqa::review;

namespace {

Actor withRole(Role role)
{
    Actor actor;
    actor.userId = 7;
    actor.login = QStringLiteral("user");
    actor.roles = {role};
    return actor;
}

QString cell(const LibraryModel& model, int row, LibraryColumn column)
{
    return model.index(row, int(column)).data().toString();
}

} // namespace

TEST_CASE("library model: pages lazily, sorts and filters in SQL, passes the model tester",
          "[review][library][model]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        testing::seedLibrary(*workspace);
        testing::addTestCalls(*workspace, 450, QStringLiteral("T-"));

        LibraryModel model(workspace->db(), Actor::owner());
        CHECK(model.error().isEmpty());
        CHECK(model.rowCount() == LibraryModel::kPageSize);
        CHECK(model.matchingCount() == 455);
        CHECK(model.totalCount() == 455);
        REQUIRE(model.canFetchMore({}));
        model.fetchMore({});
        CHECK(model.rowCount() == 2 * LibraryModel::kPageSize);
        model.fetchMore({});
        CHECK(model.rowCount() == 455);
        CHECK_FALSE(model.canFetchMore({}));
        // From here on the tester checks every change (it fetches every page it can itself).
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        INFO("the newest first: the seeded calls started after the test calls");
        CHECK(cell(model, 0, LibraryColumn::CallId) == QStringLiteral("C-4"));
        CHECK(cell(model, 0, LibraryColumn::DeadAir) == QStringLiteral("0:02"));
        CHECK(cell(model, 0, LibraryColumn::AgentShare) == QStringLiteral("40 %"));
        CHECK(cell(model, 1, LibraryColumn::Score) == QStringLiteral("critical fail"));
        CHECK(cell(model, 1, LibraryColumn::ReviewQueue) == QStringLiteral("Week 1"));
        CHECK(cell(model, 1, LibraryColumn::Assignee) == QStringLiteral("rita"));
        CHECK(cell(model, 2, LibraryColumn::Missing) == QStringLiteral("C-2.wav (missing)"));
        CHECK(cell(model, 0, LibraryColumn::Missing) == QStringLiteral("C-4.wav"));
        CHECK(model.index(2, 0).data(LibraryModel::kCallIdRole).toLongLong() ==
              model.rowAt(2)->call.id);

        model.sort(int(LibraryColumn::Started), Qt::AscendingOrder);
        INFO("a sort starts again at the first page");
        CHECK(model.rowCount() == LibraryModel::kPageSize);
        CHECK(cell(model, 0, LibraryColumn::CallId) == QStringLiteral("C-5")); // no start time
        CHECK(cell(model, 1, LibraryColumn::CallId) == QStringLiteral("T-1"));
        model.sort(int(LibraryColumn::Duration), Qt::DescendingOrder);
        CHECK(cell(model, 0, LibraryColumn::CallId) == QStringLiteral("C-2"));

        LibraryQuery filters;
        filters.search = QStringLiteral("t-44");
        model.setQuery(filters);
        INFO("the sort stays when the filters change");
        CHECK(model.query().sortColumn == LibraryColumn::Duration);
        CHECK(model.matchingCount() == 11); // T-44, T-440 ... T-449
        CHECK(model.totalCount() == 455);
        CHECK(model.rowCount() == 11);
        CHECK(cell(model, 0, LibraryColumn::CallId) == QStringLiteral("T-449"));
        CHECK_FALSE(model.canFetchMore({}));
    }
}

TEST_CASE("library model: scores and queues only for those who may read them",
          "[review][library][model]")
{
    testing::TestLocation location(Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    testing::seedLibrary(*workspace);

    LibraryModel coach(workspace->db(), withRole(Role::Coach));
    CHECK(coach.showsScores());
    CHECK(cell(coach, 1, LibraryColumn::Score) == QStringLiteral("critical fail"));

    LibraryModel reviewer(workspace->db(), withRole(Role::Reviewer));
    CHECK_FALSE(reviewer.showsScores());
    CHECK(reviewer.showsQueues());
    CHECK(cell(reviewer, 1, LibraryColumn::CallId) == QStringLiteral("C-3"));
    CHECK(cell(reviewer, 1, LibraryColumn::Score).isEmpty());
    CHECK(cell(reviewer, 1, LibraryColumn::Assignee) == QStringLiteral("rita"));
    LibraryQuery critical;
    critical.verdict = VerdictFilter::CriticalFail;
    reviewer.setQuery(critical);
    CHECK(reviewer.matchingCount() == 5);

    LibraryModel admin(workspace->db(), withRole(Role::Admin));
    CHECK_FALSE(admin.showsQueues());
    CHECK(cell(admin, 1, LibraryColumn::Assignee).isEmpty());

    LibraryModel agent(workspace->db(), withRole(Role::Agent));
    CHECK(agent.rowCount() == 0);
    CHECK(agent.error().contains(QStringLiteral("may not read calls")));
}

TEST_CASE("library model: refresh changes cells in place, or resets when other calls come",
          "[review][library][model]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const testing::LibraryData data = testing::seedLibrary(*workspace);
        testing::addTestCalls(*workspace, 300, QStringLiteral("T-"));
        Database& db = workspace->db();

        LibraryModel model(db, Actor::owner());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.fetchMore({});
        REQUIRE(model.rowCount() == 305);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        db.exec(QStringLiteral("UPDATE calls SET duration_ms = 3723000 WHERE id = ?"),
                {data.callIds[QStringLiteral("C-3")]});
        model.refresh();
        CHECK(resets.isEmpty());
        CHECK(changes.size() == 1);
        INFO("the rows loaded so far are all re-read, not only the first page");
        CHECK(model.rowCount() == 305);
        CHECK(cell(model, 1, LibraryColumn::Duration) == QStringLiteral("1:02:03"));

        testing::addTestCall(*workspace, QStringLiteral("new-agent"));
        model.refresh();
        CHECK(resets.size() == 1);
        CHECK(model.matchingCount() == 306);
        INFO("as many rows as were loaded come back; the one pushed out is a page away");
        CHECK(model.rowCount() == 305);
        CHECK(cell(model, 0, LibraryColumn::Agent) == QStringLiteral("new-agent"));
        REQUIRE(model.canFetchMore({}));
        model.fetchMore({});
        CHECK(model.rowCount() == 306);
    }
}
