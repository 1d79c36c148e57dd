#include "tests/support/mediafiles.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace callqa;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// `password` signs in the --user in args (CALLQA_PASSWORD).
Run runCallqa(const QStringList& args, const QString& home = {}, const QString& password = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CALLQA_DB"));
    env.remove(QStringLiteral("CALLQA_PASSWORD"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("CALLQA_PASSWORD"), password);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (!home.isEmpty())
        env.insert(QStringLiteral("HOME"), home);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CALLQA_BINARY), args);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(180000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("cli: init, import with a manifest, list as JSON", "[app][cli]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        testing::TestLocation location(backend);
        const QString calls = dir.filePath(QStringLiteral("calls"));
        testing::makeRecording(calls + QStringLiteral("/a.wav"), 1.0, {}, 2);
        testing::makeRecording(calls + QStringLiteral("/b.mp3"), 1.0,
                               {QStringLiteral("-c:a"), QStringLiteral("libmp3lame")}, 1, 16000);
        testing::writeBytes(calls + QStringLiteral("/broken.wav"), "RIFF....WAVEfmt garbage");
        const QString manifest = dir.filePath(QStringLiteral("calls.json"));
        testing::writeBytes(
            manifest,
            R"([{"file":"a.wav","call_id":"K-1","agent_id":"a9","agent_name":"Mehmet Öztürk",
                 "team":"İstanbul Destek","started_at":"2026-02-01T08:30:00Z","agent_channel":"left"},
                {"file":"b.mp3","call_id":"K-2","agent_id":"a9","started_at":"2026-02-02T08:30:00Z"}])");

        const Run init =
            runCallqa({QStringLiteral("--db"), location.url(), QStringLiteral("init")});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);

        const Run import =
            runCallqa({QStringLiteral("--db"), location.url(), QStringLiteral("import"), calls,
                       QStringLiteral("--manifest"), manifest});
        INFO(import.out.toStdString() << import.err.toStdString());
        CHECK(import.exitCode == 1); // broken.wav failed
        CHECK(import.out.contains(QStringLiteral("broken.wav")));
        CHECK(import.out.contains(QStringLiteral("2 imported")));

        const Run again =
            runCallqa({QStringLiteral("--db"), location.url(), QStringLiteral("--json"),
                       QStringLiteral("import"), calls, QStringLiteral("--manifest"), manifest});
        const QJsonObject report = QJsonDocument::fromJson(again.out.toUtf8()).object();
        CHECK(report.value(QStringLiteral("imported")).toInt() == 0);
        CHECK(report.value(QStringLiteral("duplicates")).toInt() == 2);
        CHECK(report.value(QStringLiteral("problems")).toArray().size() == 1);

        const Run list = runCallqa({QStringLiteral("--db"), location.url(), QStringLiteral("calls"),
                                    QStringLiteral("--json")});
        REQUIRE(list.exitCode == 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        REQUIRE(rows.size() == 2);
        const QJsonObject newest = rows.at(0).toObject();
        CHECK(newest.value(QStringLiteral("call_id")).toString() == QStringLiteral("K-2"));
        CHECK(newest.value(QStringLiteral("started_at")).toString() ==
              QStringLiteral("2026-02-02T08:30:00Z"));
        CHECK(newest.value(QStringLiteral("team")).toString() ==
              QString::fromUtf8("İstanbul Destek"));
        CHECK(rows.at(1).toObject().value(QStringLiteral("agent")).toString() ==
              QString::fromUtf8("Mehmet Öztürk"));
        CHECK(rows.at(1).toObject().value(QStringLiteral("duration_ms")).toInt() == 1000);
    }
}

TEST_CASE("cli: usage errors and bad workspaces", "[app][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("w.db"));
    REQUIRE(runCallqa({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    CHECK(runCallqa({QStringLiteral("--db"), db, QStringLiteral("import")}).exitCode == 2);
    CHECK(runCallqa({QStringLiteral("--db"), db, QStringLiteral("frobnicate")}).exitCode == 2);
    const Run notFolder = runCallqa({QStringLiteral("--db"), db, QStringLiteral("import"),
                                     dir.filePath(QStringLiteral("nope"))});
    CHECK(notFolder.exitCode == 1);
    CHECK(notFolder.out.contains(QStringLiteral("not a folder")));
    const Run badUrl =
        runCallqa({QStringLiteral("--db"), QStringLiteral("postgresql://u:hunter2@127.0.0.1:1/x"),
                   QStringLiteral("calls")});
    CHECK(badUrl.exitCode == 1);
    CHECK_FALSE(badUrl.err.isEmpty());
    CHECK_FALSE(badUrl.err.contains(QStringLiteral("hunter2")));
    const Run help = runCallqa({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("import")));
}

TEST_CASE("cli: the demo builds a living workspace, and a second run adds nothing",
          "[app][cli][demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo/workspace.db"));
    const Run demo = runCallqa({QStringLiteral("--db"), db, QStringLiteral("demo"),
                                QStringLiteral("--calls"), QStringLiteral("14")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    INFO("more calls than agents: every call is still its own recording");
    CHECK(demo.out.contains(QStringLiteral("14 calls imported (0 were already there)")));
    INFO("the default checklist is published, two calls in three are scored on it, and one more "
         "through the weekly review queue");
    CHECK(demo.out.contains(QStringLiteral("11 evaluations added, 2 review queues drawn, 2 "
                                           "calibration sessions made")));
    INFO("the demo made users: from now on everyone signs in (demo users' password: demo)");
    CHECK(runCallqa({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--calls"),
                     QStringLiteral("14")})
              .exitCode == 2);
    CHECK(runCallqa({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("rita"),
                     QStringLiteral("demo"), QStringLiteral("--calls"), QStringLiteral("14")},
                    {}, QStringLiteral("demo"))
              .exitCode == 1);
    const Run again =
        runCallqa({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                   QStringLiteral("demo"), QStringLiteral("--calls"), QStringLiteral("14")},
                  {}, QStringLiteral("demo"));
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("0 calls imported (14 were already there)")));
    CHECK(again.out.contains(QStringLiteral("0 evaluations added, 0 review queues drawn, 0 "
                                            "calibration sessions made")));

    INFO("one closed calibration session with four reviewers and the expert, one open and blind");
    const Run sessions =
        runCallqa({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("carla"),
                   QStringLiteral("--json"), QStringLiteral("calibration"), QStringLiteral("list")},
                  {}, QStringLiteral("demo"));
    const QJsonArray sessionList = QJsonDocument::fromJson(sessions.out.toUtf8()).array();
    REQUIRE(sessionList.size() == 2);
    QStringList sessionStates;
    qint64 closedId = 0;
    for (const QJsonValue& value : sessionList) {
        const QJsonObject session = value.toObject();
        const QString state = session.value(QStringLiteral("state")).toString();
        sessionStates << state + QLatin1Char('/') +
                             session.value(QStringLiteral("mode")).toString();
        if (state == QStringLiteral("closed"))
            closedId = session.value(QStringLiteral("id")).toInteger();
        CHECK(session.value(QStringLiteral("reviewers")).toArray().size() == 5);
        CHECK(session.value(QStringLiteral("expert")).toString() == QStringLiteral("sara"));
    }
    sessionStates.sort();
    CHECK(sessionStates ==
          QStringList{QStringLiteral("closed/open"), QStringLiteral("open/blind")});
    const Run report = runCallqa(
        {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("lena"),
         QStringLiteral("--json"), QStringLiteral("calibration"), QStringLiteral("report"),
         QString::number(closedId), QStringLiteral("--resamples"), QStringLiteral("100")},
        {}, QStringLiteral("demo"));
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    const QJsonObject reportJson = QJsonDocument::fromJson(report.out.toUtf8()).object();
    CHECK(reportJson.value(QStringLiteral("session")).toObject().value(QStringLiteral("state")) ==
          QStringLiteral("closed"));
    CHECK(reportJson.value(QStringLiteral("overall"))
              .toObject()
              .value(QStringLiteral("icc_calls"))
              .toInt() == 5); // dmitri missed one of six calls

    const Run evaluations =
        runCallqa({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("carla"),
                   QStringLiteral("--json"), QStringLiteral("evaluations")},
                  {}, QStringLiteral("demo"));
    INFO(evaluations.err.toStdString());
    const QJsonArray scored = QJsonDocument::fromJson(evaluations.out.toUtf8()).array();
    REQUIRE(scored.size() == 11);
    QSet<bool> verdicts;
    for (const QJsonValue& value : scored) {
        const QJsonObject evaluation = value.toObject();
        CHECK(evaluation.value(QStringLiteral("checklist")).toString() ==
              QStringLiteral("support-call"));
        CHECK(evaluation.value(QStringLiteral("checklist_version")).toInt() == 1);
        verdicts.insert(evaluation.value(QStringLiteral("passed")).toBool());
    }
    CHECK(verdicts.size() == 2); // some pass, some fail

    INFO("the demo's queues hold items in every state, and verify against their re-draw");
    const Run queues =
        runCallqa({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("sara"),
                   QStringLiteral("--json"), QStringLiteral("queue"), QStringLiteral("show"),
                   QStringLiteral("Weekly sample")},
                  {}, QStringLiteral("demo"));
    INFO(queues.err.toStdString());
    REQUIRE(queues.exitCode == 0);
    QSet<QString> states;
    for (const QJsonValue& item : QJsonDocument::fromJson(queues.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("items"))
                                      .toArray())
        states.insert(item.toObject().value(QStringLiteral("state")).toString());
    CHECK(states == QSet<QString>{QStringLiteral("done"), QStringLiteral("in_progress"),
                                  QStringLiteral("skipped"), QStringLiteral("removed")});
    for (const char* name : {"Weekly sample", "Stratified sample"})
        CHECK(runCallqa({QStringLiteral("--db"), db, QStringLiteral("--user"),
                         QStringLiteral("sara"), QStringLiteral("queue"), QStringLiteral("verify"),
                         QString::fromLatin1(name)},
                        {}, QStringLiteral("demo"))
                  .exitCode == 0);

    INFO("the demo analysed every call (its dead-air goal rests on it): stored; peaks from the "
         "store");
    const Run analyzed =
        runCallqa({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("sara"),
                   QStringLiteral("--json"), QStringLiteral("analyze"), QStringLiteral("--all")},
                  {}, QStringLiteral("demo"));
    INFO(analyzed.err.toStdString());
    REQUIRE(analyzed.exitCode == 0);
    const QJsonArray talk = QJsonDocument::fromJson(analyzed.out.toUtf8()).array();
    REQUIRE(talk.size() == 14);
    for (const QJsonValue& value : talk) {
        const QJsonObject call = value.toObject();
        CHECK(call.value(QStringLiteral("agent_talk_ms")).toDouble() > 5000);
        CHECK(call.value(QStringLiteral("customer_talk_ms")).toDouble() > 2000);
        CHECK(call.value(QStringLiteral("from_cache")).toBool());
    }
    const Run peaks =
        runCallqa({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("sara"),
                   QStringLiteral("peaks"), QStringLiteral("DEMO-0001"),
                   QStringLiteral("--buckets"), QStringLiteral("50")},
                  {}, QStringLiteral("demo"));
    REQUIRE(peaks.exitCode == 0);
    const QJsonObject waveform = QJsonDocument::fromJson(peaks.out.toUtf8()).object();
    CHECK(waveform.value(QStringLiteral("from_cache")).toBool());
    CHECK(waveform.value(QStringLiteral("channels")).toInt() == 2);
    const qsizetype buckets = waveform.value(QStringLiteral("peaks")).toArray().size();
    CHECK(buckets > 25);
    CHECK(buckets <= 50);

    const Run agents =
        runCallqa({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("sara"),
                   QStringLiteral("--json"), QStringLiteral("agent"), QStringLiteral("list")},
                  {}, QStringLiteral("demo"));
    const QJsonArray list = QJsonDocument::fromJson(agents.out.toUtf8()).array();
    CHECK(list.size() == 12);
    QSet<QString> teams;
    for (const QJsonValue& agent : list)
        teams.insert(agent.toObject().value(QStringLiteral("team")).toString());
    CHECK(teams.size() == 3);

    const Run calls =
        runCallqa({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("dmitri"),
                   QStringLiteral("--json"), QStringLiteral("calls")},
                  {}, QStringLiteral("demo"));
    const QJsonArray rows = QJsonDocument::fromJson(calls.out.toUtf8()).array();
    REQUIRE(rows.size() == 14);
    for (const QJsonValue& row : rows) {
        const QJsonObject call = row.toObject();
        CHECK(call.value(QStringLiteral("channels")).toInt() == 2);
        CHECK(call.value(QStringLiteral("duration_ms")).toInt() > 20000);
        CHECK_FALSE(call.value(QStringLiteral("agent")).toString().isEmpty());
    }
}

TEST_CASE("cli: the full demo has acknowledged and disputed evaluations and coaching sessions",
          "[app][cli][demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo/workspace.db"));
    const Run demo = runCallqa({QStringLiteral("--db"), db, QStringLiteral("demo")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("3 disputes opened, 2 coaching sessions held")));
    const auto json = [&](const char* login, QStringList args) {
        const Run run =
            runCallqa(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"),
                                  QString::fromLatin1(login), QStringLiteral("--json")} +
                          args,
                      {}, QStringLiteral("demo"));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return QJsonDocument::fromJson(run.out.toUtf8());
    };
    QStringList states;
    for (const QJsonValue& d :
         json("sara", {QStringLiteral("dispute"), QStringLiteral("list")}).array())
        states << d.toObject().value(QStringLiteral("state")).toString();
    states.sort();
    CHECK(states == QStringList{QStringLiteral("accepted"), QStringLiteral("open"),
                                QStringLiteral("rejected")});
    INFO("jonas sees his own dispute and acknowledgement, and nothing of ayse's");
    CHECK(json("jonas", {QStringLiteral("dispute"), QStringLiteral("list")}).array().size() == 1);
    bool acknowledged = false;
    for (const QJsonValue& e : json("jonas", {QStringLiteral("evaluations")}).array())
        acknowledged =
            acknowledged || !e.toObject().value(QStringLiteral("acknowledged_at")).isNull();
    CHECK(acknowledged);
    CHECK(json("carla", {QStringLiteral("coaching"), QStringLiteral("list")}).array().size() == 2);
    CHECK(json("jonas", {QStringLiteral("coaching"), QStringLiteral("list")}).array().size() == 1);
}

TEST_CASE("cli: the full demo sets the teams' example goals on imported metrics, in every status",
          "[app][cli][demo][goals]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo/workspace.db"));
    const Run demo = runCallqa({QStringLiteral("--db"), db, QStringLiteral("demo")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("9 goals set.")));
    const auto progress = [&] {
        const Run run = runCallqa({QStringLiteral("--db"), db, QStringLiteral("--user"),
                                   QStringLiteral("sara"), QStringLiteral("--json"),
                                   QStringLiteral("goals"), QStringLiteral("progress")},
                                  {}, QStringLiteral("demo"));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    };
    QMap<QString, QString> statusByMetric;
    QJsonObject wait;
    for (const QJsonValue& g : progress()) {
        const QJsonObject goal = g.toObject();
        const QString metric = goal.value(QStringLiteral("metric")).toString() +
                               goal.value(QStringLiteral("item")).toString();
        statusByMetric.insert(metric, goal.value(QStringLiteral("status")).toString());
        if (metric == QLatin1String("wait_s"))
            wait = goal;
    }
    INFO("the goals from the teams' own examples, on the metrics the demo imported");
    CHECK(statusByMetric.keys() ==
          QStringList{QStringLiteral("csat"), QStringLiteral("customers_per_day"),
                      QStringLiteral("dead_air_s"), QStringLiteral("escalation_rate"),
                      QStringLiteral("item_compliancethanked-customer"), QStringLiteral("nps"),
                      QStringLiteral("qa_score"), QStringLiteral("resolution_time_s"),
                      QStringLiteral("wait_s")});
    INFO("every status shows");
    CHECK(QSet<QString>(statusByMetric.cbegin(), statusByMetric.cend()) ==
          QSet<QString>{QStringLiteral("on_track"), QStringLiteral("at_risk"),
                        QStringLiteral("achieved"), QStringLiteral("missed"),
                        QStringLiteral("not_enough_data"), QStringLiteral("not_started")});
    CHECK(statusByMetric.value(QStringLiteral("wait_s")) == QLatin1String("on_track"));
    CHECK(statusByMetric.value(QStringLiteral("csat")) == QLatin1String("missed"));
    CHECK(statusByMetric.value(QStringLiteral("dead_air_s")) == QLatin1String("on_track"));
    INFO("wait 15 -> 5 minutes, with tasks for three named people, one of them behind");
    CHECK(wait.value(QStringLiteral("baseline")).toDouble() == 900);
    CHECK(wait.value(QStringLiteral("target")).toDouble() == 300);
    QStringList owners;
    int behind = 0;
    for (const QJsonValue& t : wait.value(QStringLiteral("tasks")).toArray()) {
        owners << t.toObject().value(QStringLiteral("owner")).toString();
        behind += t.toObject().value(QStringLiteral("behind")).toBool() ? 1 : 0;
    }
    CHECK(owners ==
          QStringList{QStringLiteral("sara"), QStringLiteral("mehmet"), QStringLiteral("carla")});
    CHECK(behind == 1);
    INFO("running the demo again sets no goal twice");
    const Run again = runCallqa({QStringLiteral("--db"), db, QStringLiteral("--user"),
                                 QStringLiteral("admin"), QStringLiteral("demo")},
                                {}, QStringLiteral("demo"));
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("0 goals set.")));
    CHECK(progress().size() == 9);
}
