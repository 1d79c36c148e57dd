#include "audio/core/voiceactivity.h"
#include "review/storage/database.h"
#include "tests/app/cliteam.h"
#include "tests/support/mediafiles.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace callqa;

namespace {

QJsonObject onlyCall(const testing::CliRun& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray calls = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(calls.size() == 1);
    return calls.first().toObject();
}

// 20 s: a 300 Hz voice at 1-3 s and 10-12 s (dead air 3-10 s and 12-20 s); on `channels`
// channels, the same signal on each.
void makeCall(const QString& path, int channels)
{
    QDir().mkpath(QFileInfo(path).path());
    testing::runTool(
        QStringLiteral("ffmpeg"),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
         QStringLiteral("lavfi"), QStringLiteral("-i"),
         QStringLiteral("aevalsrc=exprs='0.5*sin(2*PI*300*t)*(between(t,1,3)+between(t,10,12))':"
                        "s=8000:d=20"),
         QStringLiteral("-ac"), QString::number(channels), QStringLiteral("-c:a"),
         QStringLiteral("pcm_s16le"), path});
}

} // namespace

TEST_CASE("cli analyze: a mono call has talk time and dead air, the rest needs two channels",
          "[app][cli][analysis]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::CliTeam team(backend);
        const QString root = team.path(QStringLiteral("recordings"));
        makeCall(root + QStringLiteral("/20260305-101500_a1_in_M-1.wav"), 1);
        REQUIRE(team.as(QStringLiteral("sara"),
                        {QStringLiteral("import"), root, QStringLiteral("--recordings-root"), root})
                    .exitCode == 0);

        const QJsonObject call = onlyCall(
            team.as(QStringLiteral("sara"),
                    {QStringLiteral("--json"), QStringLiteral("analyze"), QStringLiteral("M-1")}));
        CHECK(call.value(QStringLiteral("sides")).toInt() == 1);
        // 1-3 s and 10-12 s, each grown by the detector's edge at both ends
        const qint64 talkMs = 4000 + 4 * audio::VadOptions{}.edgeMs;
        CHECK(call.value(QStringLiteral("talk_ms")).toInteger() == Approx(talkMs).margin(60));
        CHECK(call.value(QStringLiteral("dead_air_count")).toInt() == 2);
        CHECK(call.value(QStringLiteral("dead_air_ms")).toInteger() ==
              Approx(15000 - 4 * audio::VadOptions{}.edgeMs).margin(60));
        QStringList unmeasured;
        for (const QJsonValue& field : call.value(QStringLiteral("needs_two_channels")).toArray())
            unmeasured << field.toString();
        CHECK(unmeasured.contains(QStringLiteral("overtalk_ms")));
        CHECK(unmeasured.contains(QStringLiteral("agent_share")));
        for (const QString& field : unmeasured) {
            INFO(field.toStdString());
            CHECK(call.contains(field));
            CHECK(call.value(field).isNull());
        }
        CHECK(call.value(QStringLiteral("detector_version")).toInt() ==
              audio::kVoiceActivityVersion);

        const testing::CliRun text =
            team.as(QStringLiteral("sara"), {QStringLiteral("analyze"), QStringLiteral("M-1")});
        REQUIRE(text.exitCode == 0);
        CHECK(text.out.contains(
            QStringLiteral("talk %1 s").arg(QString::number(double(talkMs) / 1000.0, 'f', 1))));
        CHECK(text.out.contains(QStringLiteral("need two channels")));
        CHECK_FALSE(text.out.contains(QStringLiteral("overtalk 0")));
        CHECK_FALSE(text.out.contains(QStringLiteral("agent 0")));
    }
}

TEST_CASE("cli analyze --all: results of an older talk detector are analysed again, and it says "
          "so",
          "[app][cli][analysis]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::CliTeam team(backend);
        const QString root = team.path(QStringLiteral("recordings"));
        makeCall(root + QStringLiteral("/20260305-101500_a1_in_S-1.wav"), 2);
        REQUIRE(team.as(QStringLiteral("sara"),
                        {QStringLiteral("import"), root, QStringLiteral("--recordings-root"), root})
                    .exitCode == 0);
        const auto analyzeAll = [&](bool json) {
            QStringList args{QStringLiteral("analyze"), QStringLiteral("--all")};
            if (json)
                args.prepend(QStringLiteral("--json"));
            return team.as(QStringLiteral("sara"), args);
        };
        const testing::CliRun first = analyzeAll(true);
        INFO(first.out.toStdString());
        REQUIRE(first.exitCode == 0);

        INFO("a row stored by detector version 1 (as every row from before it was recorded)");
        team.workspace().db().exec(
            QStringLiteral("UPDATE call_analysis SET detector_version = 1, talk_ms = 1"));
        const testing::CliRun again = analyzeAll(false);
        INFO(again.err.toStdString() << again.out.toStdString());
        REQUIRE(again.exitCode == 0);
        CHECK(again.out.contains(QStringLiteral(
            "analysed again: the stored results came from talk detector version 1")));
        CHECK(team.count(QStringLiteral("SELECT detector_version FROM call_analysis")) ==
              audio::kVoiceActivityVersion);
        CHECK(team.count(QStringLiteral("SELECT talk_ms FROM call_analysis")) > 500);

        INFO("now current: read from the store, nothing said");
        const QJsonObject stored = onlyCall(analyzeAll(true));
        CHECK(stored.value(QStringLiteral("from_cache")).toBool());
        CHECK(stored.value(QStringLiteral("reanalyzed_from_version")).isNull());
        CHECK(stored.value(QStringLiteral("sides")).toInt() == 1); // one voice on both channels

        INFO("an old row whose recording is gone stays readable, marked");
        team.workspace().db().exec(QStringLiteral("UPDATE call_analysis SET detector_version = 1"));
        QFile::remove(root + QStringLiteral("/20260305-101500_a1_in_S-1.wav"));
        const QJsonObject outdated = onlyCall(analyzeAll(true));
        CHECK(outdated.value(QStringLiteral("outdated_version")).toInt() == 1);
        CHECK(outdated.value(QStringLiteral("from_cache")).toBool());
        const testing::CliRun text = analyzeAll(false);
        CHECK(text.out.contains(QStringLiteral("not reachable")));
    }
}
