#include "review/calls/callreference.h"
#include "review/storage/database.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

namespace {

using Kind = CallReference::Kind;

std::string text(const QString& s)
{
    return s.toStdString();
}

} // namespace

TEST_CASE("call references: the forms a person types", "[review][callreference]")
{
    struct Row {
        const char* input;
        bool ok;
        Kind kind;
        const char* phoneSystemId;
        qint64 internalId;
    };
    const Row rows[] = {
        {"C-1042", true, Kind::PhoneSystemId, "C-1042", 0},
        {"1042", true, Kind::PhoneSystemId, "1042", 1042},
        {"=1042", true, Kind::ExactPhoneSystemId, "1042", 0},
        {"=#7", true, Kind::ExactPhoneSystemId, "#7", 0},
        {"#17", true, Kind::InternalId, "", 17},
        {"#0", false, Kind::InternalId, "", 0},
        {"#-3", false, Kind::InternalId, "", 0},
        {"#+3", false, Kind::InternalId, "", 0},
        {"#1e3", false, Kind::InternalId, "", 0},
        {"# 3", false, Kind::InternalId, "", 0},
        {"#99999999999999999999", false, Kind::InternalId, "", 0},
        {"#", false, Kind::InternalId, "", 0},
        {"=", false, Kind::InternalId, "", 0},
        {"", false, Kind::InternalId, "", 0},
        {"  ", false, Kind::InternalId, "", 0},
        {"+1042", true, Kind::PhoneSystemId, "+1042", 0}, // not all digits: never an own id
        {"0042", true, Kind::PhoneSystemId, "0042", 42},
    };
    for (const Row& row : rows) {
        INFO(row.input);
        const auto parsed = parseCallReference(QString::fromUtf8(row.input));
        REQUIRE(parsed.ok() == row.ok);
        if (!row.ok) {
            CHECK_FALSE(parsed.error().isEmpty());
            continue;
        }
        CHECK(parsed->kind == row.kind);
        CHECK(parsed->phoneSystemId == QString::fromUtf8(row.phoneSystemId));
        CHECK(parsed->internalId == row.internalId);
    }
}

TEST_CASE("call references: which call a reference names, or why none", "[review][callreference]")
{
    const CallIdentity phone17{17, QStringLiteral("1042")};  // phone-system id 1042
    const CallIdentity own1042{1042, QStringLiteral("C-9")}; // own id 1042
    const CallIdentity same{1042, QStringLiteral("1042")};   // both at once: one call
    struct Row {
        const char* input;
        std::optional<CallIdentity> byPhone;
        std::optional<CallIdentity> byId;
        qint64 expected; // 0: refused
        const char* errorContains;
    };
    const Row rows[] = {
        {"1042", phone17, std::nullopt, 17, ""},
        {"1042", same, same, 1042, ""},
        {"1042", phone17, own1042, 0, "names two calls"},
        {"1042", std::nullopt, own1042, 0, "say #1042"},
        {"1042", std::nullopt, std::nullopt, 0, "There is no call “1042”"},
        {"=1042", phone17, std::nullopt, 17, ""},
        {"=1042", std::nullopt, std::nullopt, 0, "phone system's id “1042”"},
        {"#1042", std::nullopt, own1042, 1042, ""},
        {"#1042", std::nullopt, std::nullopt, 0, "There is no call #1042"},
    };
    for (const Row& row : rows) {
        const QString input = QString::fromUtf8(row.input);
        INFO(row.input << " expecting " << row.expected);
        const auto parsed = parseCallReference(input);
        REQUIRE(parsed.ok());
        const auto decided = decideCallReference(input, *parsed, row.byPhone, row.byId);
        if (row.expected != 0) {
            INFO(text(decided.error()));
            REQUIRE(decided.ok());
            CHECK(decided->id == row.expected);
            continue;
        }
        REQUIRE_FALSE(decided.ok());
        INFO(text(decided.error()));
        CHECK(decided.error().contains(QString::fromUtf8(row.errorContains)));
    }
    INFO("an ambiguous reference names both calls and how to say each");
    const auto ambiguous = decideCallReference(
        QStringLiteral("1042"), *parseCallReference(QStringLiteral("1042")), phone17, own1042);
    REQUIRE_FALSE(ambiguous.ok());
    for (const char* part : {"#17", "#1042", "C-9", "=1042"}) {
        INFO(part);
        CHECK(ambiguous.error().contains(QString::fromUtf8(part)));
    }
}

TEST_CASE("call references: looked up in the workspace", "[review][callreference]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        testing::addTestCalls(*workspace, 3, QStringLiteral("C-"));
        Database& db = workspace->db();
        const qint64 first =
            db.scalar(QStringLiteral("SELECT id FROM calls WHERE external_id = 'C-1'"))
                .toLongLong();
        const qint64 second =
            db.scalar(QStringLiteral("SELECT id FROM calls WHERE external_id = 'C-2'"))
                .toLongLong();
        // The phone system's id of one call is the workspace's id of another.
        db.exec(QStringLiteral("UPDATE calls SET external_id = ? WHERE id = ?"),
                {QString::number(second), first});

        const auto byPhone = resolveCallReference(db, QStringLiteral("C-3"));
        REQUIRE(byPhone.ok());
        CHECK(byPhone->phoneSystemId == QStringLiteral("C-3"));
        const auto byId = resolveCallReference(db, QStringLiteral("#%1").arg(first));
        REQUIRE(byId.ok());
        CHECK(byId->id == first);
        const auto ambiguous = resolveCallReference(db, QString::number(second));
        REQUIRE_FALSE(ambiguous.ok());
        CHECK(ambiguous.error().contains(QStringLiteral("#%1").arg(first)));
        CHECK(ambiguous.error().contains(QStringLiteral("#%1").arg(second)));
        const auto exact = resolveCallReference(db, QStringLiteral("=%1").arg(second));
        REQUIRE(exact.ok());
        CHECK(exact->id == first);
        const auto unknown = resolveCallReference(db, QStringLiteral("C-404"));
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().contains(QStringLiteral("C-404")));
        CHECK_FALSE(resolveCallReference(db, QStringLiteral("C-\u0000")).ok());
        CHECK_FALSE(resolveCallReference(db, QStringLiteral("#999999")).ok());
    }
}
