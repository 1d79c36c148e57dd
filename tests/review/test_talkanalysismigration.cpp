#include "review/calls/callanalysisstore.h"
#include "review/storage/database.h"
#include "review/storage/location.h"
#include "review/storage/migrations.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

namespace {

qint64 insertCall(Database& db, const QString& id, int channels)
{
    return db.insert(
        QStringLiteral("INSERT INTO calls (external_id, content_sha256, relative_path, file_size, "
                       "format, codec, sample_rate, channels, duration_ms, missing, imported_at) "
                       "VALUES (?, ?, ?, 1, 'wav', 'pcm_s16le', 8000, ?, 60000, FALSE, 1) "
                       "RETURNING id"),
        {id, QString(id + QStringLiteral("-hash")), QString(id + QStringLiteral(".wav")),
         channels});
}

void insertOldAnalysis(Database& db, qint64 callId)
{
    db.exec(QStringLiteral("INSERT INTO call_analysis (call_id, duration_ms, agent_talk_ms, "
                           "customer_talk_ms, agent_share, customer_share, dead_air_ms, "
                           "dead_air_count, overtalk_ms, overtalk_count, detail, analyzed_at) "
                           "VALUES (?, 60000, 20000, 10000, 0.66, 0.33, 7000, 1, 1500, 2, '{}', "
                           "5)"),
            {callId});
}

} // namespace

TEST_CASE("migrations: talk analysis from before the detector was recorded is kept as version 1",
          "[review][migrations][analysis]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        qint64 stereo = 0, mono = 0;
        {
            auto parsed = parseLocation(location.url());
            REQUIRE(parsed.ok());
            auto db = Database::open(parsed.value());
            REQUIRE(db.ok());
            const int detectorVersion =
                migrationVersion(QStringLiteral("0010_talk_detector_version"));
            REQUIRE(detectorVersion > 1);
            REQUIRE(migrate(*db.value(), detectorVersion - 1).ok());
            stereo = insertCall(*db.value(), QStringLiteral("S-1"), 2);
            mono = insertCall(*db.value(), QStringLiteral("M-1"), 1);
            insertOldAnalysis(*db.value(), stereo);
            insertOldAnalysis(*db.value(), mono);
        }
        auto upgraded = Workspace::open(location.url(), OpenMode::Existing);
        REQUIRE(upgraded.ok());
        CallAnalysisStore store(*upgraded.value(), Actor::owner());
        const auto old = store.talk(stereo);
        REQUIRE(old.ok());
        REQUIRE(old.value().has_value());
        CHECK(old.value()->detectorVersion == 1);
        CHECK(old.value()->sides == 2);
        CHECK(old.value()->agentTalkMs == 20000);
        CHECK(old.value()->overtalkMs == 1500);
        CHECK(old.value()->overtalkCount == 2);
        CHECK(old.value()->deadAirMs == 7000);
        CHECK(old.value()->analyzedAt == 5);
        CHECK_FALSE(old.value()->talkMs);
        const auto oldMono = store.talk(mono);
        REQUIRE(oldMono.ok());
        CHECK(oldMono.value()->sides == 1);

        INFO("the rebuilt table stores one-sided results with no overtalk, and keeps its index");
        CallTalkMetrics oneSided;
        oneSided.callId = mono;
        oneSided.durationMs = 60000;
        oneSided.sides = 1;
        oneSided.talkMs = 12000;
        oneSided.deadAirMs = 9000;
        oneSided.deadAirCount = 1;
        oneSided.analyzedAt = 9;
        oneSided.detectorVersion = 2;
        REQUIRE(store.saveTalk(oneSided).ok());
        const auto read = store.talk(mono);
        REQUIRE(read.ok());
        CHECK(*read.value() == oneSided);
        CHECK_FALSE(read.value()->overtalkMs);
        CHECK(upgraded.value()
                  ->db()
                  .scalar(QStringLiteral("SELECT count(*) FROM call_analysis WHERE overtalk_ms IS "
                                         "NULL AND dead_air_ms > 8000"))
                  .toLongLong() == 1);
    }
}
