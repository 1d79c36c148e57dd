#include "review/calls/libraryquery.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

namespace {

bool has(const LibrarySql& sql, const char* text)
{
    return sql.sql.contains(QString::fromUtf8(text));
}

} // namespace

TEST_CASE("library query: each filter adds its condition and its values", "[review][library]")
{
    struct Case {
        const char* name;
        LibraryQuery query;
        const char* condition;
        QVariantList binds;
    };
    const auto with = [](auto change) {
        LibraryQuery q;
        q.withScores = true;
        q.withQueues = true;
        change(q);
        return q;
    };
    const std::vector<Case> cases = {
        {"from", with([](LibraryQuery& q) { q.fromMs = 10; }), "c.started_at >= ?", {10}},
        {"to", with([](LibraryQuery& q) { q.toMs = 20; }), "c.started_at < ?", {20}},
        {"team at the time", with([](LibraryQuery& q) { q.teamId = 3; }), "c.team_id = ?", {3}},
        {"agent", with([](LibraryQuery& q) { q.agentId = 4; }), "c.agent_id = ?", {4}},
        {"queue",
         with([](LibraryQuery& q) { q.queue = QStringLiteral("Billing"); }),
         "c.queue = ?",
         {QStringLiteral("Billing")}},
        {"direction",
         with([](LibraryQuery& q) { q.direction = QStringLiteral("inbound"); }),
         "c.direction = ?",
         {QStringLiteral("inbound")}},
        {"min duration",
         with([](LibraryQuery& q) { q.minDurationMs = 5; }),
         "c.duration_ms >= ?",
         {5}},
        {"max duration",
         with([](LibraryQuery& q) { q.maxDurationMs = 6; }),
         "c.duration_ms <= ?",
         {6}},
        {"dead air", with([](LibraryQuery& q) { q.deadAirOverMs = 7; }), "ca.dead_air_ms > ?", {7}},
        {"missing", with([](LibraryQuery& q) { q.onlyMissing = true; }), "WHERE c.missing", {}},
        {"reviewed",
         with([](LibraryQuery& q) { q.reviewed = ReviewedFilter::Reviewed; }),
         "e.id IS NOT NULL",
         {}},
        {"not reviewed",
         with([](LibraryQuery& q) { q.reviewed = ReviewedFilter::NotReviewed; }),
         "e.id IS NULL",
         {}},
        {"min score",
         with([](LibraryQuery& q) { q.minScore = 80.0; }),
         "e.overall_score >= ?",
         {80.0}},
        {"max score",
         with([](LibraryQuery& q) { q.maxScore = 90.0; }),
         "e.overall_score <= ?",
         {90.0}},
        {"passed",
         with([](LibraryQuery& q) { q.verdict = VerdictFilter::Passed; }),
         "e.passed AND NOT e.critical_fail",
         {}},
        {"failed",
         with([](LibraryQuery& q) { q.verdict = VerdictFilter::Failed; }),
         "NOT e.passed AND NOT e.critical_fail",
         {}},
        {"critical",
         with([](LibraryQuery& q) { q.verdict = VerdictFilter::CriticalFail; }),
         "WHERE e.critical_fail",
         {}},
        {"search",
         with([](LibraryQuery& q) { q.search = QStringLiteral(" İSTANBUL "); }),
         "(c.search_folded LIKE ? ESCAPE '!' OR a.search_folded LIKE ? ESCAPE '!')",
         {QStringLiteral("%istanbul%"), QStringLiteral("%istanbul%")}},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const LibrarySql count = libraryCountSql(c.query);
        CHECK(has(count, c.condition));
        CHECK(count.binds == c.binds);
        const LibrarySql page = libraryPageSql(c.query, std::nullopt, 50);
        CHECK(has(page, c.condition));
        CHECK(page.binds == c.binds);
        CHECK(page.sql.endsWith(QStringLiteral(" LIMIT 50")));
        CHECK_FALSE(page.sql.contains(QStringLiteral("OFFSET")));
    }
}

TEST_CASE("library query: evaluation filters need an actor who reads evaluations",
          "[review][library]")
{
    LibraryQuery q;
    q.reviewed = ReviewedFilter::Reviewed;
    q.minScore = 50.0;
    q.verdict = VerdictFilter::CriticalFail;
    q.sortColumn = LibraryColumn::Score;
    const LibrarySql page = libraryPageSql(q, std::nullopt, 10);
    CHECK_FALSE(page.sql.contains(QStringLiteral("evaluations")));
    CHECK_FALSE(page.sql.contains(QStringLiteral("e.")));
    CHECK(page.sql.contains(QStringLiteral("ORDER BY COALESCE(c.started_at, 0) DESC, c.id DESC")));
    CHECK(page.binds.isEmpty());
    CHECK_FALSE(libraryCountSql(q).sql.contains(QStringLiteral("evaluations")));
}

TEST_CASE("library query: a count joins only what its filters read", "[review][library]")
{
    LibraryQuery q;
    q.withScores = true;
    CHECK(libraryCountSql(q).sql == QStringLiteral("SELECT count(*) FROM calls c"));
    q.deadAirOverMs = 1000;
    CHECK(libraryCountSql(q).sql.contains(QStringLiteral("call_analysis")));
    CHECK_FALSE(libraryCountSql(q).sql.contains(QStringLiteral("agents")));
}

TEST_CASE("library query: keyset pages in the sort order with the id as tie-breaker",
          "[review][library]")
{
    struct Case {
        LibraryColumn column;
        bool descending;
        const char* key;
    };
    const std::vector<Case> cases = {
        {LibraryColumn::Started, true, "COALESCE(c.started_at, 0)"},
        {LibraryColumn::Agent, false, "COALESCE(a.name_folded, '')"},
        {LibraryColumn::Team, false, "COALESCE(t.name_folded, '')"},
        {LibraryColumn::Duration, true, "c.duration_ms"},
        {LibraryColumn::DeadAir, false, "COALESCE(ca.dead_air_ms, -1)"},
        {LibraryColumn::Score, true, "COALESCE(e.overall_score, -1.0)"},
        {LibraryColumn::Assignee, false, "COALESCE(qi.assignee, '')"},
        {LibraryColumn::Missing, false, "CASE WHEN c.missing THEN 1 ELSE 0 END"},
    };
    for (const Case& c : cases) {
        LibraryQuery q;
        q.withScores = true;
        q.withQueues = true;
        q.sortColumn = c.column;
        q.descending = c.descending;
        const QString key = QString::fromUtf8(c.key);
        INFO(c.key);
        CHECK(librarySortKey(c.column, true) == key);
        const QString order = c.descending ? QStringLiteral(" DESC") : QString();
        const QString op = c.descending ? QStringLiteral("<") : QStringLiteral(">");
        const LibrarySql first = libraryPageSql(q, std::nullopt, 100);
        CHECK(first.sql.endsWith(QStringLiteral(" ORDER BY ") + key + order +
                                 QStringLiteral(", c.id") + order + QStringLiteral(" LIMIT 100")));
        const LibrarySql next = libraryPageSql(q, LibraryCursor{QStringLiteral("k"), 42}, 100);
        CHECK(next.sql.contains(
            QStringLiteral(" WHERE %1 %2= ? AND (%1, c.id) %2 (?, ?)").arg(key, op)));
        CHECK(next.binds == QVariantList{QStringLiteral("k"), QStringLiteral("k"), qint64(42)});
    }
}

TEST_CASE("library query: the search pattern is folded and LIKE's wildcards are literal",
          "[review][library]")
{
    CHECK(librarySearchPattern(QStringLiteral("   ")).isEmpty());
    CHECK(librarySearchPattern(QStringLiteral("STRASSE")) == QStringLiteral("%strasse%"));
    CHECK(librarySearchPattern(QStringLiteral("Straße")) == QStringLiteral("%strasse%"));
    CHECK(librarySearchPattern(QStringLiteral("ПЁТР")) == QStringLiteral("%петр%"));
    CHECK(librarySearchPattern(QStringLiteral("YILDIZ")) == QStringLiteral("%yildiz%"));
    CHECK(librarySearchPattern(QStringLiteral("Yıldız")) == QStringLiteral("%yildiz%"));
    CHECK(librarySearchPattern(QStringLiteral("İSTANBUL")) == QStringLiteral("%istanbul%"));
    CHECK(librarySearchPattern(QStringLiteral("Jürgen")) == QStringLiteral("%jurgen%"));
    CHECK(librarySearchPattern(QStringLiteral("رضايي")) ==
          librarySearchPattern(QStringLiteral("رضایی")));
    CHECK(librarySearchPattern(QStringLiteral("مُریم")) ==
          librarySearchPattern(QStringLiteral("مریم")));
    CHECK(librarySearchPattern(QStringLiteral("50%_a!")) == QStringLiteral("%50!%!_a!!%"));
}
