#include "review/agents/directory.h"
#include "tests/app/cliteam.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace callqa;

namespace {

QDate today()
{
    return QDateTime::currentDateTimeUtc().date();
}

QString day(int offset)
{
    return today().addDays(offset).toString(Qt::ISODate);
}

qint64 noonOf(int offset)
{
    return QDateTime(today().addDays(offset), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// Agent a1 on team T; waits of 900 s on ten calls 30-21 days ago, 600 s on twelve calls of the
// last week and a half.
void addWaits(testing::CliTeam& team)
{
    review::Database& db = team.workspace().db();
    REQUIRE(db.transact([&] {
                  review::Directory directory(db);
                  const qint64 teamId = directory.ensureTeam(QStringLiteral("T"), 0);
                  const qint64 agent = directory.findAgent(QStringLiteral("a1"))->id;
                  directory.assignTeam(agent, teamId, 0);
                  int serial = 0;
                  const auto add = [&](qint64 startedAt, double wait) {
                      const QString id = QStringLiteral("w%1").arg(++serial);
                      const qint64 call = db.insert(
                          QStringLiteral(
                              "INSERT INTO calls (external_id, content_sha256, relative_path, "
                              "file_size, format, codec, sample_rate, channels, duration_ms, "
                              "agent_id, team_id, started_at, imported_at) VALUES (?, ?, ?, 1, "
                              "'wav', 'pcm_s16le', 8000, 2, 60000, ?, ?, ?, 0) RETURNING id"),
                          {id,
                           QString::fromLatin1(
                               QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()),
                           id, agent, teamId, startedAt});
                      db.exec(QStringLiteral("INSERT INTO call_metrics (call_id, wait_s, "
                                             "source, updated_at) VALUES (?, ?, 't', 0)"),
                              {call, wait});
                  };
                  for (int d = 30; d > 20; --d)
                      add(noonOf(-d), 900);
                  for (int d = 0; d < 12; ++d)
                      add(noonOf(-10) + d * 20LL * 3600 * 1000, 600);
              }).ok());
}

QJsonValue jsonOf(const testing::CliRun& run)
{
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

TEST_CASE("cli goals: add, progress, tasks, adjust, and who may do what", "[app][cli][goals]")
{
    const review::Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::CliTeam team(backend);
        addWaits(team);
        const QStringList goal = {QStringLiteral("goals"),
                                  QStringLiteral("add"),
                                  QStringLiteral("--scope"),
                                  QStringLiteral("team:T"),
                                  QStringLiteral("--metric"),
                                  QStringLiteral("wait_s"),
                                  QStringLiteral("--direction"),
                                  QStringLiteral("lower"),
                                  QStringLiteral("--baseline-from"),
                                  day(-30),
                                  QStringLiteral("--baseline-to"),
                                  day(-21),
                                  QStringLiteral("--target"),
                                  QStringLiteral("300"),
                                  QStringLiteral("--start"),
                                  day(-10),
                                  QStringLiteral("--deadline"),
                                  day(19),
                                  QStringLiteral("--owner"),
                                  QStringLiteral("sara"),
                                  QStringLiteral("--why"),
                                  QStringLiteral("Customers hang up after five minutes.")};

        const testing::CliRun backwards =
            team.as(QStringLiteral("carla"), QStringList(goal).replaceInStrings(day(19), day(-20))
                                                 << QStringLiteral("--json"));
        CHECK(backwards.exitCode == 1);
        CHECK(backwards.err.contains(QStringLiteral("The deadline is before the start.")));
        const testing::CliRun agentAdds = team.as(QStringLiteral("anna"), goal);
        CHECK(agentAdds.exitCode == 1);
        CHECK(team.count(QStringLiteral("goals")) == 0);

        const testing::CliRun added =
            team.as(QStringLiteral("carla"), QStringList(goal) << QStringLiteral("--json"));
        INFO(added.out.toStdString() << added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        const qint64 id = jsonOf(added)[QStringLiteral("id")].toInteger();
        CHECK(id > 0);
        CHECK(jsonOf(added)[QStringLiteral("baseline")].toDouble() == 900.0);

        const QString goalId = QString::number(id);
        const testing::CliRun task = team.as(
            QStringLiteral("carla"),
            {QStringLiteral("goals"), QStringLiteral("tasks"), goalId, QStringLiteral("add"),
             QStringLiteral("--title"), QStringLiteral("Offer a callback"),
             QStringLiteral("--owner"), QStringLiteral("omid"), QStringLiteral("--due"), day(-2),
             QStringLiteral("--json")});
        REQUIRE(task.exitCode == 0);
        const QString taskId = QString::number(jsonOf(task)[QStringLiteral("id")].toInteger());
        REQUIRE(
            team.as(QStringLiteral("carla"),
                    {QStringLiteral("goals"), QStringLiteral("tasks"), goalId,
                     QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Shift plan"),
                     QStringLiteral("--owner"), QStringLiteral("rita")})
                .exitCode == 0);

        const testing::CliRun progress =
            team.as(QStringLiteral("sara"), {QStringLiteral("goals"), QStringLiteral("progress"),
                                             goalId, QStringLiteral("--json")});
        REQUIRE(progress.exitCode == 0);
        const QJsonObject p = jsonOf(progress).toArray().first().toObject();
        for (const char* key : {"id", "scope", "metric", "baseline", "target", "current", "ci95",
                                "n", "share_done", "share_expected", "status"}) {
            INFO(key);
            CHECK(p.contains(QString::fromLatin1(key)));
        }
        CHECK(p.value(QStringLiteral("scope")).toString() == QStringLiteral("team:T"));
        CHECK(p.value(QStringLiteral("current")).toDouble() == 600.0);
        CHECK(p.value(QStringLiteral("n")).toInt() == 12);
        CHECK(p.value(QStringLiteral("ci95")).toArray().size() == 2);
        CHECK(p.value(QStringLiteral("share_done")).toDouble() == Approx(0.5));
        CHECK(p.value(QStringLiteral("share_expected")).toDouble() > 0.3);
        CHECK(p.value(QStringLiteral("status")).toString() == QStringLiteral("on_track"));
        INFO("a weekly trend from the baseline window's first day, 30 days ago");
        CHECK(p.value(QStringLiteral("trend")).toArray().size() == 5);
        CHECK(p.value(QStringLiteral("trend"))
                  .toArray()
                  .first()[QStringLiteral("in_baseline")]
                  .toBool());
        const QJsonArray tasks = p.value(QStringLiteral("tasks")).toArray();
        REQUIRE(tasks.size() == 2);
        CHECK(tasks.at(0)[QStringLiteral("behind")].toBool());
        CHECK_FALSE(tasks.at(1)[QStringLiteral("behind")].toBool());

        const testing::CliRun text =
            team.as(QStringLiteral("sara"), {QStringLiteral("goals"), QStringLiteral("progress")});
        CHECK(text.out.contains(QStringLiteral("on track")));
        CHECK(text.out.contains(QStringLiteral("Offer a callback (omid) - behind")));

        CHECK(team.as(QStringLiteral("carla"), {QStringLiteral("goals"), QStringLiteral("tasks"),
                                                goalId, QStringLiteral("done"), taskId})
                  .exitCode == 0);
        const testing::CliRun listed = team.as(
            QStringLiteral("carla"), {QStringLiteral("goals"), QStringLiteral("tasks"), goalId,
                                      QStringLiteral("list"), QStringLiteral("--json")});
        CHECK(jsonOf(listed).toArray().at(0)[QStringLiteral("done")].toBool());

        const testing::CliRun adjusted =
            team.as(QStringLiteral("carla"),
                    {QStringLiteral("goals"), QStringLiteral("adjust"), goalId,
                     QStringLiteral("--target"), QStringLiteral("200"), QStringLiteral("--reason"),
                     QStringLiteral("Board asks more"), QStringLiteral("--json")});
        REQUIRE(adjusted.exitCode == 0);
        CHECK(jsonOf(adjusted)[QStringLiteral("version")].toInt() == 2);
        CHECK(jsonOf(adjusted)[QStringLiteral("versions")].toArray().size() == 2);

        INFO("the agent on team T sees the team's goal and its progress, with only their part");
        const testing::CliRun seen =
            team.as(QStringLiteral("anna"), {QStringLiteral("goals"), QStringLiteral("progress"),
                                             QStringLiteral("--json")});
        INFO(seen.err.toStdString());
        REQUIRE(seen.exitCode == 0);
        REQUIRE(jsonOf(seen).toArray().size() == 1);
        CHECK(jsonOf(seen).toArray().first()[QStringLiteral("target")].toDouble() == 200.0);
        CHECK(team.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE "
                                        "'goal.%'")) == 5);
    }
}

TEST_CASE("cli metrics settings: show, set with checks, and who may", "[app][cli][goals]")
{
    testing::CliTeam team(review::Backend::Sqlite);
    const testing::CliRun shown =
        team.as(QStringLiteral("rita"), {QStringLiteral("metrics"), QStringLiteral("settings")});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("metrics.service_level_s")));
    CHECK(shown.out.contains(QStringLiteral("(default)")));
    const testing::CliRun set =
        team.as(QStringLiteral("sara"), {QStringLiteral("metrics"), QStringLiteral("settings"),
                                         QStringLiteral("metrics.repeat_contact_days"),
                                         QStringLiteral("14"), QStringLiteral("--json")});
    INFO(set.err.toStdString());
    CHECK(set.exitCode == 0);
    CHECK(jsonOf(set).toObject().value(QStringLiteral("metrics.repeat_contact_days")).toInt() ==
          14);
    const testing::CliRun bad = team.as(
        QStringLiteral("sara"), {QStringLiteral("metrics"), QStringLiteral("settings"),
                                 QStringLiteral("metrics.service_level_s"), QStringLiteral("0")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("metrics.service_level_s")));
    const testing::CliRun reviewer = team.as(
        QStringLiteral("rita"), {QStringLiteral("metrics"), QStringLiteral("settings"),
                                 QStringLiteral("metrics.service_level_s"), QStringLiteral("30")});
    CHECK(reviewer.exitCode != 0);
    const testing::CliRun after =
        team.as(QStringLiteral("rita"),
                {QStringLiteral("metrics"), QStringLiteral("settings"), QStringLiteral("--json")});
    CHECK(jsonOf(after).toObject().value(QStringLiteral("metrics.service_level_s")).toInt() == 20);
}
