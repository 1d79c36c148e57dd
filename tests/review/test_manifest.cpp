#include "review/calls/manifest.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

namespace {
QByteArray utf8(const char* text)
{
    return QByteArray(text);
}
} // namespace

TEST_CASE("manifest: CSV with every column", "[review][manifest]")
{
    const Manifest m =
        parseManifestCsv(utf8("file,call_id,agent_id,agent_name,team,started_at,direction,queue,"
                              "agent_channel,meta.ticket\n"
                              "a/1.wav,C-1,a01,\"Becker, "
                              "Jonas\",Berlin,2026-03-05T10:00:00+01:00,in,billing,right,T-9\n"));
    REQUIRE(m.problems.isEmpty());
    REQUIRE(m.rows.size() == 1);
    const CallFacts& row = m.rows.first();
    CHECK(row.file == QStringLiteral("a/1.wav"));
    CHECK(row.callId == QStringLiteral("C-1"));
    CHECK(row.agentName == QStringLiteral("Becker, Jonas"));
    CHECK(row.startedAtMs == parseCallTime(QStringLiteral("2026-03-05T09:00:00Z")));
    CHECK(row.direction == QStringLiteral("inbound"));
    CHECK(row.channels.agentChannel == 1);
    CHECK(row.channels.customerChannel == 0);
    CHECK(row.metadata.value(QStringLiteral("ticket")).toString() == QStringLiteral("T-9"));
    CHECK(row.row == 1);
}

TEST_CASE("manifest: semicolons, BOM, CRLF, quotes and UTF-8 names", "[review][manifest]")
{
    const Manifest m = parseManifestCsv(utf8("\xEF\xBB\xBF"
                                             "file;agent_id;agent_name;team\r\n"
                                             "x.wav;a1;\"Zahra \"\"Z\"\" Ahmadi\";تیم تهران\r\n"
                                             "y.wav;a2;Алексей;İstanbul\r\n"));
    REQUIRE(m.problems.isEmpty());
    REQUIRE(m.rows.size() == 2);
    CHECK(m.rows.at(0).agentName == QStringLiteral("Zahra \"Z\" Ahmadi"));
    CHECK(m.rows.at(0).team == QString::fromUtf8("تیم تهران"));
    CHECK(m.rows.at(1).agentName == QString::fromUtf8("Алексей"));
}

TEST_CASE("manifest: bad rows are reported with their row and the rest is kept",
          "[review][manifest]")
{
    const Manifest m =
        parseManifestCsv(utf8("file,call_id,started_at,direction,agent_channel,colour\n"
                              "ok.wav,C1,2026-01-02T03:04:05Z,out,left,red\n"
                              "baddate.wav,C2,yesterday,in,left,red\n"
                              "baddir.wav,C3,,sideways,left,red\n"
                              "badchan.wav,C4,,in,middle,red\n"
                              "short.wav,C5\n"
                              "dup.wav,C1,,in,left,red\n"
                              ",C6,,in,left,red\n"));
    REQUIRE(m.rows.size() == 1);
    CHECK(m.rows.first().file == QStringLiteral("ok.wav"));
    struct Expected {
        int row;
        const char* fragment;
    };
    const Expected expected[] = {
        {0, "unknown column \"colour\""},
        {2, "started_at"},
        {3, "direction"},
        {4, "agent_channel"},
        {5, "fields"},
        {6, "appears more than once"},
        {7, "no file"},
    };
    REQUIRE(m.problems.size() == int(std::size(expected)));
    for (const Expected& e : expected) {
        INFO("row " << e.row << ": " << e.fragment);
        const bool found = std::any_of(m.problems.begin(), m.problems.end(), [&](const auto& p) {
            return p.row == e.row && p.reason.contains(QString::fromUtf8(e.fragment));
        });
        CHECK(found);
    }
}

TEST_CASE("manifest: a header without a file column is refused", "[review][manifest]")
{
    const Manifest m = parseManifestCsv(utf8("name,agent\nx,y\n"));
    CHECK(m.rows.isEmpty());
    REQUIRE(m.problems.size() == 1);
    CHECK(m.problems.first().reason.contains(QStringLiteral("file")));
    CHECK(parseManifestCsv(QByteArray()).problems.size() == 1);
}

TEST_CASE("manifest: JSON rows", "[review][manifest]")
{
    const Manifest m = parseManifestJson(utf8(
        R"([{"file":"a.wav","agent_id":"a1","started_at":"2026-03-05 10:00","metadata":{"x":1}},
            {"file":"b.wav","shoe_size":42},
            "nonsense",
            {"file":"c.wav","agent_channel":"2","shoe_size":43}])"));
    INFO("an unknown key is reported once (with the row it first appears in), ignored, and "
         "its row imports, as an unknown CSV column");
    REQUIRE(m.rows.size() == 3);
    CHECK(m.rows.at(0).metadata.value(QStringLiteral("x")).toInt() == 1);
    CHECK(m.rows.at(1).file == QStringLiteral("b.wav"));
    CHECK(m.rows.at(2).channels.agentChannel == 1);
    CHECK(m.rows.at(2).channels.customerChannel == 0);
    CHECK(m.rejectedFiles.isEmpty());
    REQUIRE(m.problems.size() == 2);
    CHECK(m.problems.at(0).row == 2);
    CHECK(m.problems.at(0).reason.contains(QStringLiteral("shoe_size")));
    CHECK(m.problems.at(0).reason.contains(QStringLiteral("ignored")));
    CHECK(m.problems.at(1).row == 3);
    CHECK(parseManifestJson(utf8("{not json"))
              .problems.first()
              .reason.contains(QStringLiteral("offset")));
    CHECK(parseManifestJson(utf8("{}")).problems.size() == 1);
}

TEST_CASE("manifest: CSV and JSON treat an unknown key alike", "[review][manifest]")
{
    const Manifest csv = parseManifestCsv(utf8("file,mood\na.wav,calm\nb.wav,grim\n"));
    const Manifest json = parseManifestJson(
        utf8(R"([{"file":"a.wav","mood":"calm"},{"file":"b.wav","mood":"grim"}])"));
    for (const Manifest* m : {&csv, &json}) {
        REQUIRE(m->rows.size() == 2);
        REQUIRE(m->problems.size() == 1);
        CHECK(m->problems.first().reason.contains(QStringLiteral("\"mood\"")));
        CHECK(m->problems.first().reason.contains(QStringLiteral("ignored")));
    }
}

TEST_CASE("manifest: call times", "[review][manifest]")
{
    const qint64 base = *parseCallTime(QStringLiteral("2026-03-05T09:00:00Z"));
    CHECK(parseCallTime(QStringLiteral("2026-03-05T10:00:00+01:00")) == base);
    CHECK(parseCallTime(QStringLiteral("2026-03-05T09:00:00")) == base);
    CHECK(parseCallTime(QStringLiteral("2026-03-05 09:00")) == base);
    CHECK(parseCallTime(QStringLiteral("2026-03-05 09:00:00")) == base);
    CHECK(parseCallTime(QStringLiteral("2026-03-05T09:00:00.250Z")) == base + 250);
    CHECK_FALSE(parseCallTime(QStringLiteral("05.03.2026")).has_value());
    CHECK_FALSE(parseCallTime(QStringLiteral("2026-13-45T09:00:00Z")).has_value());
    CHECK_FALSE(parseCallTime(QString()).has_value());
}

TEST_CASE("manifest: calls in two legs (agent_file and customer_file)", "[review][manifest][legs]")
{
    const Manifest m =
        parseManifestCsv(utf8("agent_file,customer_file,file,call_id,agent_channel\n"
                              "legs/1-a.wav,legs/1-c.wav,,C-1,\n"
                              ",,one.wav,C-2,left\n"
                              "2-a.wav,,,C-3,\n"                // one leg only
                              "3-a.wav,3-c.wav,3.wav,C-4,\n"    // both kinds
                              "4-a.wav,4-a.wav,,C-5,\n"         // the same file twice
                              "5-a.wav,5-c.wav,,C-6,left\n"     // a channel for legs
                              "6-a.wav,legs/1-c.wav,,C-7,\n")); // a leg of an earlier row
    REQUIRE(m.rows.size() == 2);
    const CallFacts& legs = m.rows.at(0);
    CHECK(legs.file == QStringLiteral("legs/1-a.wav"));
    CHECK(legs.customerFile == QStringLiteral("legs/1-c.wav"));
    CHECK(m.find(QStringLiteral("legs/1-c.wav"), {}) == &legs);
    CHECK(m.find(QStringLiteral("legs/1-a.wav"), {}) == &legs);
    CHECK(m.rows.at(1).file == QStringLiteral("one.wav"));
    CHECK(m.rows.at(1).customerFile.isEmpty());

    const auto reasonOf = [&](int row) {
        for (const ManifestProblem& problem : m.problems)
            if (problem.row == row)
                return problem.reason;
        return QString();
    };
    CHECK(reasonOf(3).contains(QStringLiteral("needs both agent_file and customer_file")));
    CHECK(reasonOf(4).contains(QStringLiteral("both file and agent_file")));
    CHECK(reasonOf(5).contains(QStringLiteral("name the same file")));
    CHECK(reasonOf(6).contains(QStringLiteral("has its sides by file")));
    CHECK(reasonOf(7).contains(QStringLiteral("listed more than once")));
    // Files of refused rows are left alone by the import, both legs of them.
    CHECK(m.rejectedFiles.contains(QStringLiteral("3-c.wav")));
    CHECK(m.rejectedFiles.contains(QStringLiteral("5-a.wav")));
    CHECK(m.rejectedFiles.contains(QStringLiteral("5-c.wav")));

    INFO("JSON, and a header with only the leg columns");
    const Manifest json = parseManifestJson(
        utf8(R"([{"agent_file": "x-a.ogg", "customer_file": "x-c.ogg", "call_id": "J-1"}])"));
    REQUIRE(json.problems.isEmpty());
    REQUIRE(json.rows.size() == 1);
    CHECK(json.rows.front().customerFile == QStringLiteral("x-c.ogg"));
    CHECK(parseManifestCsv(utf8("agent_file,customer_file\na.wav,b.wav\n")).problems.isEmpty());
    const Manifest half = parseManifestCsv(utf8("agent_file,call_id\na.wav,1\n"));
    REQUIRE(half.problems.size() == 1);
    CHECK(half.problems.first().reason.contains(QStringLiteral("agent_file and customer_file")));
}
