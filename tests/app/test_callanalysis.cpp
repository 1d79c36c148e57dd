#include "app/audioprober.h"
#include "app/callanalysis.h"
#include "audio/core/voiceactivity.h"
#include "review/calls/callimporter.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/workspace.h"
#include "tests/support/mediafiles.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace callqa;

namespace {

// 20 s stereo call. Left (300 Hz): 0.5-3.0 s and 12-14 s; right (500 Hz): 2.5-6.0 s and
// 13.5-16.5 s. Dead air 6-12 s; overtalk 2.5-3.0 s and 13.5-14 s.
void makeCall(const QString& path)
{
    testing::runTool(
        QStringLiteral("ffmpeg"),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
         QStringLiteral("lavfi"), QStringLiteral("-i"),
         QStringLiteral("aevalsrc=exprs='0.5*sin(2*PI*300*t)*(between(t,0.5,3.0)+between(t,12,"
                        "14))|0.3*sin(2*PI*500*t)*(between(t,2.5,6.0)+between(t,13.5,16.5))':s="
                        "8000:d=20"),
         QStringLiteral("-c:a"), QStringLiteral("pcm_mulaw"), path});
}

audio::ChannelTalk side(std::int64_t talkMs, double share, audio::Segment monologue)
{
    audio::ChannelTalk talk;
    talk.talkMs = talkMs;
    talk.share = share;
    talk.longestMonologue = monologue;
    return talk;
}

} // namespace

TEST_CASE("call analysis: the channel map decides who is agent and who is customer",
          "[app][analysis]")
{
    audio::TalkMetrics talk;
    talk.durationMs = 60000;
    talk.channels = {side(1000, 0.25, {0, 800}), side(3000, 0.75, {1000, 3000})};
    struct Row {
        const char* name;
        std::optional<int> agentChannel;
        std::optional<int> customerChannel;
        int channels;
        std::optional<qint64> agentTalk;
        std::optional<qint64> customerTalk;
    };
    const Row rows[] = {
        {"no map: left agent, right customer", {}, {}, 2, 1000, 3000},
        {"mapped: right agent, left customer", 1, 0, 2, 3000, 1000},
        {"only the agent mapped: the customer stays on the default", 1, {}, 2, 3000, {}},
        {"a channel that does not exist is no side", 5, 7, 2, {}, {}},
        {"mono: no sides", {}, {}, 1, {}, {}},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        audio::TalkMetrics input = talk;
        input.channels.resize(size_t(row.channels));
        review::CallRecording recording;
        recording.callId = 4;
        recording.agentChannel = row.agentChannel;
        recording.customerChannel = row.customerChannel;
        const review::CallTalkMetrics m = app::toCallTalkMetrics(recording, input);
        CHECK(m.callId == 4);
        CHECK(m.agentTalkMs == row.agentTalk);
        CHECK(m.customerTalkMs == row.customerTalk);
        CHECK(m.agentShare.has_value() == row.agentTalk.has_value());
        CHECK(m.sides == std::min(row.channels, 2));
        CHECK(m.overtalkMs.has_value() == (row.channels >= 2));
    }
}

TEST_CASE("call analysis: one channel of talk has talk time and dead air, no sides",
          "[app][analysis]")
{
    audio::TalkMetrics talk;
    talk.durationMs = 60000;
    talk.channels = {side(4000, 1.0, {0, 4000})};
    talk.channels[0].segments = {{1000, 5000}};
    talk.anyoneTalkMs = 4000;
    talk.deadAir = {{5000, 60000}};
    talk.deadAirMs = 55000;
    review::CallRecording recording;
    recording.agentChannel = 0; // a channel map does not make a mono call two-sided
    const review::CallTalkMetrics m = app::toCallTalkMetrics(recording, talk);
    CHECK(m.sides == 1);
    CHECK(m.talkMs == 4000);
    CHECK(m.deadAirMs == 55000);
    CHECK(m.deadAirCount == 1);
    CHECK_FALSE(m.agentTalkMs);
    CHECK_FALSE(m.customerTalkMs);
    CHECK_FALSE(m.agentShare);
    CHECK_FALSE(m.overtalkMs);
    CHECK_FALSE(m.overtalkCount);
    CHECK_FALSE(m.longestAgentMonologueMs);
    CHECK(m.detail.value(QStringLiteral("segments")).toArray().size() == 1);
    CHECK_FALSE(m.detail.contains(QStringLiteral("overtalk")));
}

TEST_CASE("call analysis: decoded once, stored, then read without the recording", "[app][analysis]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("calls"));
        QDir().mkpath(folder);
        makeCall(folder + QStringLiteral("/c1.wav"));
        testing::writeBytes(dir.filePath(QStringLiteral("calls.csv")),
                            "file,call_id,agent_id,agent_name,agent_channel,customer_channel\n"
                            "c1.wav,C-1,a1,Ayşe,right,left\n");
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        review::CallImporter importer(*workspace, app::probeRecording);
        review::ImportOptions options;
        options.folder = folder;
        options.manifestPath = dir.filePath(QStringLiteral("calls.csv"));
        options.actor = review::Actor::owner();
        REQUIRE(importer.run(options).imported == 1);
        const qint64 callId = review::findCallId(*workspace, QStringLiteral("C-1"));
        REQUIRE(callId > 0);

        const auto first = app::analyzeCall(*workspace, review::Actor::owner(), callId);
        INFO(first.error().toStdString());
        REQUIRE(first.ok());
        CHECK_FALSE(first->fromCache);
        const review::CallTalkMetrics& m = first->talk;
        INFO("the agent is on the right channel here");
        const qint64 edges = 2 * 2 * audio::VadOptions{}.edgeMs; // two segments a side grow
        CHECK(*m.agentTalkMs == Approx(6500 + edges).margin(150));
        CHECK(*m.customerTalkMs == Approx(4500 + edges).margin(150));
        CHECK(m.deadAirCount == 1);
        CHECK(m.deadAirMs == Approx(6000).margin(150));
        CHECK(m.overtalkCount == 2);
        CHECK(m.sides == 2);
        CHECK(*m.talkMs == Approx(10000).margin(300)); // 0.5-6 s and 12-16.5 s
        CHECK(m.detectorVersion == audio::kVoiceActivityVersion);
        CHECK(*m.longestAgentMonologueMs == Approx(3500).margin(150));
        CHECK(m.detail.value(QStringLiteral("dead_air")).toArray().size() == 1);
        CHECK_FALSE(first->peaks.isEmpty());

        INFO("the second time nothing is decoded, even with the recording gone");
        QDir(folder).removeRecursively();
        const auto second = app::analyzeCall(*workspace, review::Actor::owner(), callId);
        REQUIRE(second.ok());
        CHECK(second->fromCache);
        CHECK(second->talk == first->talk);
        CHECK(second->peaks == first->peaks);

        INFO("decoding again without the recording says where it was looked for");
        const auto forced = app::analyzeCall(*workspace, review::Actor::owner(), callId, true);
        REQUIRE_FALSE(forced.ok());
        CHECK(forced.error().contains(QStringLiteral("c1.wav")));

        INFO("an agent may not read calls, so not their analysis either");
        review::Actor agent;
        agent.userId = 3;
        agent.login = QStringLiteral("ayse");
        agent.roles = {review::Role::Agent};
        CHECK_FALSE(app::analyzeCall(*workspace, agent, callId).ok());
    }
}
