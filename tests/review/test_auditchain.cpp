#include "review/audit/auditcanonical.h"
#include "review/audit/auditchainverifier.h"

#include <catch2/catch.hpp>

#include <utility>
#include <vector>

using namespace callqa::review;

namespace {

AuditContent sample()
{
    AuditContent content;
    content.atMs = 1767225600000; // 2026-01-01T00:00:00Z
    content.actor = QStringLiteral("ayşe");
    content.action = QStringLiteral("user.create");
    content.entity = QStringLiteral("user");
    content.entityId = QStringLiteral("7");
    // As PostgreSQL's JSONB returns it: spaced, keys in its own order.
    content.detail = QStringLiteral("{\"roles\": [\"reviewer\"], \"login\": \"ayşe\"}");
    return content;
}

// A correctly linked chain of `count` rows with ids 1..count.
std::vector<AuditChainRow> chain(int count)
{
    std::vector<AuditChainRow> rows;
    QString prev = genesisAuditHash();
    for (int i = 1; i <= count; ++i) {
        AuditChainRow row;
        row.id = i;
        row.content.atMs = 1000 * i;
        row.content.actor = QStringLiteral("sara");
        row.content.action = QStringLiteral("step.%1").arg(i);
        row.content.entity = QStringLiteral("thing");
        row.content.entityId = QString::number(i);
        row.content.detail = QStringLiteral("{\"n\":%1}").arg(i);
        row.prevHash = prev;
        row.rowHash = auditRowHash(row.content, prev);
        prev = row.rowHash;
        rows.push_back(row);
    }
    return rows;
}

AuditChainHead headOf(const std::vector<AuditChainRow>& rows)
{
    return AuditChainHead{rows.back().id, rows.back().rowHash};
}

} // namespace

TEST_CASE("audit chain: the canonical bytes are length-prefixed UTF-8 in a fixed order",
          "[review][auditchain]")
{
    const QByteArray bytes = canonicalAuditBytes(sample(), genesisAuditHash());
    QByteArray expected;
    expected += QByteArray("\x00\x00\x00\x0f", 4) + "callqa.audit.v1";
    expected += QByteArray("\x00\x00\x01\x9b\x76\xda\xa8\x00", 8);
    expected += QByteArray("\x00\x00\x00\x05", 4) + QByteArray("ay\xc5\x9f"
                                                               "e");
    expected += QByteArray("\x00\x00\x00\x0b", 4) + "user.create";
    expected += QByteArray("\x00\x00\x00\x04", 4) + "user";
    expected += QByteArray("\x01\x00\x00\x00\x01", 5) + "7";
    const QByteArray detail = QByteArray("{\"login\":\"ay\xc5\x9f"
                                         "e\",\"roles\":[\"reviewer\"]}");
    expected += QByteArray("\x01\x00\x00\x00", 4) + char(detail.size()) + detail;
    expected += QByteArray(32, '\0');
    CHECK(bytes.toHex().toStdString() == expected.toHex().toStdString());
}

TEST_CASE("audit chain: row hashes match an independent SHA-256 of the canonical bytes",
          "[review][auditchain]")
{
    // Computed with Python's hashlib from the byte layout documented in the README.
    const QString first = auditRowHash(sample(), genesisAuditHash());
    CHECK(first.toStdString() ==
          "cfe7bc17059490d2dd461e568c0e5474d68ddbf3f14eb8c3938989444d5d607f");
    AuditContent nulls;
    nulls.atMs = -5;
    nulls.actor = QStringLiteral("cli");
    nulls.action = QStringLiteral("x");
    nulls.entity = QStringLiteral("e");
    CHECK(auditRowHash(nulls, first).toStdString() ==
          "23d4cf3cb23a5a2308b5f63666139d51273c9e565111306dfccac46ad4911d99");
}

TEST_CASE("audit chain: what changes the hash and what does not", "[review][auditchain]")
{
    const QString base = auditRowHash(sample(), genesisAuditHash());
    struct Case {
        const char* what;
        void (*change)(AuditContent&);
        bool same;
    };
    const std::vector<Case> cases = {
        {"JSON spacing and key order",
         [](AuditContent& c) {
             c.detail = QStringLiteral("{\"login\":\"ayşe\",\"roles\":[\"reviewer\"]}");
         },
         true},
        {"a detail value",
         [](AuditContent& c) {
             c.detail = QStringLiteral("{\"login\":\"ayse\",\"roles\":[\"reviewer\"]}");
         },
         false},
        {"the time by 1 ms", [](AuditContent& c) { c.atMs += 1; }, false},
        {"the actor", [](AuditContent& c) { c.actor = QStringLiteral("ayse"); }, false},
        {"the action", [](AuditContent& c) { c.action = QStringLiteral("user.roles"); }, false},
        {"the entity", [](AuditContent& c) { c.entity = QStringLiteral("users"); }, false},
        {"entity id NULL instead of empty", [](AuditContent& c) { c.entityId.reset(); }, false},
        {"entity id empty", [](AuditContent& c) { c.entityId = QString(""); }, false},
        {"detail NULL", [](AuditContent& c) { c.detail.reset(); }, false},
        {"text moved between fields",
         [](AuditContent& c) {
             c.actor = QStringLiteral("ayşeuser.create");
             c.action = QString();
         },
         false},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        AuditContent changed = sample();
        c.change(changed);
        CHECK((auditRowHash(changed, genesisAuditHash()) == base) == c.same);
    }
    INFO("the previous hash is part of the row's hash");
    CHECK(auditRowHash(sample(), QString(63, QLatin1Char('0')) + QLatin1Char('1')) != base);
}

TEST_CASE("audit chain: the verifier names the first edited, deleted or reordered row",
          "[review][auditchain]")
{
    struct Case {
        const char* what;
        std::vector<AuditChainRow> (*tamper)(std::vector<AuditChainRow>);
        bool keepHead; // the head as it was before tampering, else none
        std::optional<AuditChainFault> fault;
        qint64 rowId;
        qint64 checked;
    };
    const std::vector<Case> cases = {
        {"intact", [](std::vector<AuditChainRow> r) { return r; }, true, std::nullopt, 0, 5},
        {"row 3 edited",
         [](std::vector<AuditChainRow> r) {
             r[2].content.detail = QStringLiteral("{\"n\":33}");
             return r;
         },
         true, AuditChainFault::ContentMismatch, 3, 2},
        {"row 3 edited and rehashed",
         [](std::vector<AuditChainRow> r) {
             r[2].content.actor = QStringLiteral("mallory");
             r[2].rowHash = auditRowHash(r[2].content, r[2].prevHash);
             return r;
         },
         true, AuditChainFault::MissingPredecessor, 4, 3},
        {"row 3's link edited",
         [](std::vector<AuditChainRow> r) {
             r[2].prevHash = r[0].rowHash;
             return r;
         },
         true, AuditChainFault::ContentMismatch, 3, 2},
        {"row 3 deleted",
         [](std::vector<AuditChainRow> r) {
             r.erase(r.begin() + 2);
             return r;
         },
         true, AuditChainFault::MissingPredecessor, 4, 2},
        {"row 1 deleted",
         [](std::vector<AuditChainRow> r) {
             r.erase(r.begin());
             return r;
         },
         true, AuditChainFault::MissingPredecessor, 2, 0},
        {"rows 2 and 4 swapped",
         [](std::vector<AuditChainRow> r) {
             std::swap(r[1].content, r[3].content);
             std::swap(r[1].prevHash, r[3].prevHash);
             std::swap(r[1].rowHash, r[3].rowHash);
             return r;
         },
         true, AuditChainFault::Order, 2, 1},
        {"rows 4 and 5 swapped",
         [](std::vector<AuditChainRow> r) {
             std::swap(r[3].id, r[4].id);
             std::swap(r[3], r[4]);
             return r;
         },
         true, AuditChainFault::Order, 4, 3},
        {"row 5 (the newest) deleted",
         [](std::vector<AuditChainRow> r) {
             r.pop_back();
             return r;
         },
         true, AuditChainFault::MissingTail, 5, 4},
        {"every row deleted",
         [](std::vector<AuditChainRow>) { return std::vector<AuditChainRow>(); }, true,
         AuditChainFault::MissingTail, 5, 0},
        {"the head deleted", [](std::vector<AuditChainRow> r) { return r; }, false,
         AuditChainFault::MissingHead, 5, 5},
        {"a row appended without moving the head",
         [](std::vector<AuditChainRow> r) {
             AuditChainRow extra = r.back();
             extra.id = 6;
             extra.prevHash = r.back().rowHash;
             extra.rowHash = auditRowHash(extra.content, extra.prevHash);
             r.push_back(extra);
             return r;
         },
         true, AuditChainFault::PastHead, 6, 5},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const std::vector<AuditChainRow> original = chain(5);
        const auto head = c.keepHead ? std::optional(headOf(original)) : std::nullopt;
        const AuditChainVerdict verdict = verifyAuditChainRows(c.tamper(original), head);
        CHECK(verdict.rowsChecked == c.checked);
        REQUIRE(verdict.intact() == !c.fault);
        if (!c.fault) {
            CHECK(verdict.headHash == original.back().rowHash);
            continue;
        }
        CHECK(verdict.firstBreak->fault == *c.fault);
        CHECK(verdict.firstBreak->rowId == c.rowId);
    }
}

TEST_CASE("audit chain: a swapped row names the row it links to and the one it follows",
          "[review][auditchain]")
{
    std::vector<AuditChainRow> rows = chain(5);
    std::swap(rows[1].content, rows[3].content);
    std::swap(rows[1].prevHash, rows[3].prevHash);
    std::swap(rows[1].rowHash, rows[3].rowHash);
    const AuditChainVerdict verdict = verifyAuditChainRows(rows, headOf(chain(5)));
    REQUIRE_FALSE(verdict.intact());
    CHECK(verdict.firstBreak->linkedId == std::optional<qint64>(3));
    CHECK(verdict.firstBreak->previousId == std::optional<qint64>(1));
    CHECK(verdict.firstBreak->atMs == std::optional<qint64>(4000));
}

TEST_CASE("audit chain: an empty log without a head is intact", "[review][auditchain]")
{
    const AuditChainVerdict verdict = verifyAuditChainRows({}, std::nullopt);
    CHECK(verdict.intact());
    CHECK(verdict.rowsChecked == 0);
    CHECK(verdict.headHash == genesisAuditHash());
}
