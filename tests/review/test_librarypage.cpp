#include "review/agents/directory.h"
#include "review/calls/librarypage.h"
#include "review/storage/database.h"
#include "review/storage/migrations.h"
#include "tests/support/librarydata.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace callqa;
using namespace callqa::review;

namespace {

// The phone-system ids of every matching call, in the query's order, paged `pageSize` at a time.
QStringList idsOf(Database& db, const LibraryQuery& query, qint64 pageSize = 2)
{
    QStringList ids;
    std::optional<LibraryCursor> after;
    for (;;) {
        const QList<LibraryRow> page = fetchLibraryPage(db, query, after, pageSize);
        for (const LibraryRow& row : page)
            ids << row.call.externalId;
        if (page.size() < pageSize)
            break;
        after = page.last().cursor;
    }
    return ids;
}

} // namespace

TEST_CASE("library: filters combine and the count agrees with the pages", "[review][library]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const testing::LibraryData data = testing::seedLibrary(*workspace);
        Database& db = workspace->db();
        constexpr qint64 kDay = 86'400'000;
        constexpr qint64 kStart = 1'700'000'000'000;

        struct Case {
            const char* name;
            std::function<void(LibraryQuery&)> set;
            QStringList ids; // newest first
        };
        using S = QStringList;
        const std::vector<Case> cases = {
            {"everything", [](LibraryQuery&) {}, S{"C-4", "C-3", "C-2", "C-1", "C-5"}},
            {"date range",
             [&](LibraryQuery& q) {
                 q.fromMs = kStart + 2 * kDay;
                 q.toMs = kStart + 4 * kDay;
             },
             S{"C-3", "C-2"}},
            {"team at the time", [&](LibraryQuery& q) { q.teamId = data.salesTeam; },
             S{"C-4", "C-3"}},
            {"agent", [&](LibraryQuery& q) { q.agentId = data.ilker; }, S{"C-1"}},
            {"queue", [](LibraryQuery& q) { q.queue = QStringLiteral("Billing"); },
             S{"C-3", "C-1"}},
            {"direction", [](LibraryQuery& q) { q.direction = QStringLiteral("inbound"); },
             S{"C-3", "C-1"}},
            {"duration range",
             [](LibraryQuery& q) {
                 q.minDurationMs = 30'000;
                 q.maxDurationMs = 120'000;
             },
             S{"C-4", "C-3", "C-1"}},
            {"reviewed", [](LibraryQuery& q) { q.reviewed = ReviewedFilter::Reviewed; },
             S{"C-3", "C-2", "C-1"}},
            {"not reviewed", [](LibraryQuery& q) { q.reviewed = ReviewedFilter::NotReviewed; },
             S{"C-4", "C-5"}},
            {"score range (latest evaluation)",
             [](LibraryQuery& q) {
                 q.minScore = 30.0;
                 q.maxScore = 95.0;
             },
             S{"C-2", "C-1"}},
            {"passed", [](LibraryQuery& q) { q.verdict = VerdictFilter::Passed; }, S{"C-1"}},
            {"failed", [](LibraryQuery& q) { q.verdict = VerdictFilter::Failed; }, S{"C-2"}},
            {"critical fail", [](LibraryQuery& q) { q.verdict = VerdictFilter::CriticalFail; },
             S{"C-3"}},
            {"dead air over 5 s", [](LibraryQuery& q) { q.deadAirOverMs = 5'000; }, S{"C-1"}},
            {"recording missing", [](LibraryQuery& q) { q.onlyMissing = true; }, S{"C-2"}},
            {"combined",
             [&](LibraryQuery& q) {
                 q.queue = QStringLiteral("Billing");
                 q.teamId = data.supportTeam;
             },
             S{"C-1"}},
            {"search: call id", [](LibraryQuery& q) { q.search = QStringLiteral("c-5"); },
             S{"C-5"}},
            {"search: Turkish dotted İ",
             [](LibraryQuery& q) { q.search = QStringLiteral("ilker"); }, S{"C-1"}},
            {"search: Turkish dotless ı typed as I",
             [](LibraryQuery& q) { q.search = QStringLiteral("YILDIZ"); }, S{"C-1"}},
            {"search: German without the umlaut",
             [](LibraryQuery& q) { q.search = QStringLiteral("jurgen"); }, S{"C-2"}},
            {"search: Russian е for ё", [](LibraryQuery& q) { q.search = QStringLiteral("петр"); },
             S{"C-3"}},
            {"search: Persian name typed with Arabic yeh",
             [](LibraryQuery& q) { q.search = QStringLiteral("رضايي"); }, S{"C-4"}},
            {"search: Turkish ı as typed",
             [](LibraryQuery& q) { q.search = QStringLiteral("yıldız"); }, S{"C-1"}},
            {"search: German ß", [](LibraryQuery& q) { q.search = QStringLiteral("STRASSE"); },
             S{"C-2"}},
            {"search: German umlaut in metadata",
             [](LibraryQuery& q) { q.search = QStringLiteral("KÖLN"); }, S{"C-2"}},
            {"search: Russian", [](LibraryQuery& q) { q.search = QStringLiteral("ПЁТР"); },
             S{"C-3"}},
            {"search: Persian", [](LibraryQuery& q) { q.search = QStringLiteral("رضایی"); },
             S{"C-4"}},
            {"search: queue", [](LibraryQuery& q) { q.search = QStringLiteral("billing"); },
             S{"C-3", "C-1"}},
            {"search: wildcards are literal",
             [](LibraryQuery& q) { q.search = QStringLiteral("C_1"); }, S{}},
            {"search: NUL matches nothing",
             [](LibraryQuery& q) { q.search = QStringLiteral("C\u0000"); }, S{}},
        };
        for (const Case& c : cases) {
            INFO(c.name);
            LibraryQuery query;
            query.withScores = true;
            query.withQueues = true;
            c.set(query);
            CHECK(idsOf(db, query) == c.ids);
            CHECK(countLibrary(db, query) == c.ids.size());
        }

        INFO("without the right to read evaluations, the evaluation filters do not apply");
        LibraryQuery blind;
        blind.verdict = VerdictFilter::CriticalFail;
        CHECK(countLibrary(db, blind) == 5);
        CHECK_FALSE(fetchLibraryPage(db, blind, std::nullopt, 10).first().call.score);
    }
}

TEST_CASE("library: every sort pages through every call once, in order, ties by id",
          "[review][library]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        testing::seedLibrary(*workspace);
        testing::addTestCalls(*workspace, 25, QStringLiteral("T-")); // many equal keys
        Database& db = workspace->db();
        for (int column = 0; column < kLibraryColumnCount; ++column) {
            for (const bool descending : {false, true}) {
                INFO("column " << column << (descending ? " descending" : " ascending"));
                LibraryQuery query;
                query.withScores = true;
                query.withQueues = true;
                query.sortColumn = LibraryColumn(column);
                query.descending = descending;
                const QStringList paged = idsOf(db, query, 3);
                const QStringList whole = idsOf(db, query, 1000);
                CHECK(paged == whole);
                CHECK(paged.size() == 30);
                CHECK(QSet<QString>(paged.begin(), paged.end()).size() == 30);
            }
        }
        LibraryQuery byDuration;
        byDuration.sortColumn = LibraryColumn::Duration;
        byDuration.descending = false;
        CHECK(idsOf(db, byDuration).mid(0, 4) == QStringList{"C-5", "C-3", "T-1", "T-2"});
        LibraryQuery byAgent;
        byAgent.sortColumn = LibraryColumn::Agent;
        byAgent.descending = false;
        const QStringList agents = idsOf(db, byAgent);
        CHECK(agents.mid(26) == QStringList{"C-1", "C-2", "C-3", "C-4"});
        LibraryQuery byQueue;
        byQueue.withQueues = true;
        byQueue.sortColumn = LibraryColumn::ReviewQueue;
        CHECK(idsOf(db, byQueue).first() == QStringLiteral("C-3"));
        const QList<LibraryRow> first = fetchLibraryPage(db, byQueue, std::nullopt, 1);
        REQUIRE(first.size() == 1);
        CHECK(first.first().reviewQueue == QStringLiteral("Week 1"));
        CHECK(first.first().assignee == QStringLiteral("rita"));
    }
}

TEST_CASE("library: calls imported before schema 7 get their search text when it is applied",
          "[review][library][migrations]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        {
            auto parsed = parseLocation(location.url());
            REQUIRE(parsed.ok());
            auto db = Database::open(parsed.value());
            REQUIRE(db.ok());
            REQUIRE(migrate(*db.value(), 6).ok());
            db.value()->exec(QStringLiteral(
                "INSERT INTO calls (external_id, content_sha256, relative_path, file_size, format, "
                "codec, sample_rate, channels, duration_ms, queue, metadata, imported_at) VALUES "
                "('OLD-1', 'x', 'old.wav', 1, 'wav', 'pcm', 8000, 1, 1, 'İade', "
                "'{\"store\":\"Straße 5\"}', 1)"));
        }
        auto workspace = testing::openWorkspace(location);
        Database& db = workspace->db();
        CHECK(db.scalar(QStringLiteral("SELECT search_folded FROM calls")).toString() ==
              QStringLiteral("old-1\niade\nstrasse 5"));
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM agents WHERE search_folded IS NULL"))
                  .toLongLong() == 0);
        LibraryQuery query;
        query.search = QStringLiteral("STRASSE");
        CHECK(countLibrary(db, query) == 1);
    }
}

TEST_CASE("library: an agent renamed is found by the new name, not the old", "[review][library]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        testing::seedLibrary(*workspace);
        Database& db = workspace->db();
        LibraryQuery oldName;
        oldName.search = QStringLiteral("ilker");
        LibraryQuery newName;
        newName.search = QStringLiteral("ÇAĞRI");
        REQUIRE(countLibrary(db, oldName) == 1);
        REQUIRE(countLibrary(db, newName) == 0);
        REQUIRE(db.transact([&] {
            Directory(db).ensureAgent(QStringLiteral("a-1"), QStringLiteral("Çağrı Yıldız"), 2);
            Directory(db).createUnnamedAgent(QStringLiteral("A-77"), 2);
        }));
        CHECK(countLibrary(db, oldName) == 0);
        CHECK(countLibrary(db, newName) == 1);
        CHECK(db.scalar(QStringLiteral("SELECT search_folded FROM agents WHERE external_id = ?"),
                        {QStringLiteral("A-77")})
                  .toString() == QStringLiteral("a-77"));
    }
}
