#include "review/storage/database.h"
#include "review/storage/location.h"
#include "tests/team/teamsupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

using namespace callqa;

namespace {

constexpr int kFiles = 60;

QString withPassword(QString url, const QString& user, const QString& password)
{
    return url.replace(QStringLiteral("postgresql://callqa@"),
                       QStringLiteral("postgresql://%1:%2@").arg(user, password));
}

} // namespace

TEST_CASE("team: the server goes away mid-import, nothing half-written, the next run resumes",
          "[team][serverloss]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    testing::ThrowawayCluster cluster;
    // trust auth: the password is not checked, but it must never be printed either
    const QString url = withPassword(cluster.createDatabase(QStringLiteral("lossy")),
                                     QStringLiteral("callqa"), QStringLiteral("Sekr3tPw"));
    const QString calls = dir.filePath(QStringLiteral("calls"));
    for (quint32 i = 0; i < kFiles; ++i)
        testing::writeTinyWav(calls + QStringLiteral("/c%1.wav").arg(i, 3, 10, QLatin1Char('0')),
                              500 + i);
    REQUIRE(testing::runCallqa({QStringLiteral("--db"), url, QStringLiteral("init")}).exitCode ==
            0);

    // Hold the importer inside one file's transaction: lock the audit log once a few calls are
    // in, so its next file has inserted its call and waits to write the audit row.
    const auto location = review::parseLocation(url);
    REQUIRE(location.ok());
    auto blocker = review::Database::open(location.value());
    REQUIRE(blocker.ok());
    auto import = testing::startCallqa(
        {QStringLiteral("--db"), url, QStringLiteral("--json"), QStringLiteral("import"), calls});
    QElapsedTimer timer;
    timer.start();
    bool locked = false;
    while (timer.elapsed() < 120000 && import->state() == QProcess::Running) {
        if (blocker.value()->scalar(QStringLiteral("SELECT count(*) FROM calls")).toLongLong() >=
            3) {
            blocker.value()->exec(QStringLiteral("BEGIN"));
            blocker.value()->exec(QStringLiteral("LOCK TABLE audit_log IN EXCLUSIVE MODE"));
            locked = true;
            break;
        }
        QThread::msleep(2);
    }
    REQUIRE(locked);
    bool waiting = false;
    while (!waiting && timer.elapsed() < 120000 && import->state() == QProcess::Running) {
        waiting = blocker.value()
                      ->scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                              "application_name = 'callqa' AND wait_event_type = "
                                              "'Lock' AND pid <> pg_backend_pid()"))
                      .toLongLong() > 0;
        if (!waiting)
            QThread::msleep(10);
    }
    REQUIRE(waiting);
    const qint64 callsBefore =
        blocker.value()->scalar(QStringLiteral("SELECT count(*) FROM calls")).toLongLong();
    cluster.halt(); // ends every session, the importer's waiting transaction included
    blocker.value().reset();

    const testing::Run lost = testing::finish(*import);
    INFO(lost.out.toStdString() << lost.err.toStdString());
    CHECK(lost.exitCode == 1);
    const QJsonObject report = QJsonDocument::fromJson(lost.out.toUtf8()).object();
    const QJsonArray problems = report.value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == 1); // one clear line, not one per remaining file
    const QString reason = problems.at(0).toObject().value(QStringLiteral("reason")).toString();
    CHECK(reason.contains(QStringLiteral("lost the connection")));
    CHECK(reason.contains(QStringLiteral("lossy"))); // names the workspace and server
    CHECK(reason.contains(cluster.socketDir()));
    CHECK_FALSE(QString(lost.out + lost.err).contains(QStringLiteral("Sekr3tPw")));
    CHECK(report.value(QStringLiteral("imported")).toInt() == callsBefore);

    INFO("a run while the server is down fails cleanly, naming it");
    const testing::Run down =
        testing::runCallqa({QStringLiteral("--db"), url, QStringLiteral("import"), calls});
    CHECK(down.exitCode == 1);
    CHECK(down.err.contains(QStringLiteral("lossy")));
    CHECK_FALSE(QString(down.out + down.err).contains(QStringLiteral("Sekr3tPw")));

    cluster.resume();
    INFO("the in-flight file was rolled back: every call has its audit row");
    const qint64 afterRestart =
        testing::queryValue(url, QStringLiteral("SELECT count(*) FROM calls")).toLongLong();
    CHECK(afterRestart == callsBefore);
    CHECK(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                  "'call.import'"))
              .toLongLong() == afterRestart);

    const testing::Run resumed = testing::runCallqa(
        {QStringLiteral("--db"), url, QStringLiteral("--json"), QStringLiteral("import"), calls});
    INFO(resumed.out.toStdString() << resumed.err.toStdString());
    CHECK(resumed.exitCode == 0);
    const QJsonObject second = QJsonDocument::fromJson(resumed.out.toUtf8()).object();
    CHECK(second.value(QStringLiteral("imported")).toInt() == kFiles - afterRestart);
    CHECK(second.value(QStringLiteral("duplicates")).toInt() == afterRestart);
    CHECK(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM calls")).toLongLong() ==
          kFiles);
    CHECK(testing::queryValue(url, QStringLiteral("SELECT count(DISTINCT content_sha256) FROM "
                                                  "calls"))
              .toLongLong() == kFiles);
    CHECK(testing::queryValue(url, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                  "'call.import'"))
              .toLongLong() == kFiles);
}

TEST_CASE("team: a wrong URL and a refused password give clear errors", "[team][serverloss]")
{
    testing::ThrowawayCluster cluster;
    const QString url = cluster.createDatabase(QStringLiteral("guarded"));
    cluster.admin(QStringLiteral("CREATE ROLE reviewer LOGIN PASSWORD 'Right-Pw-1'"));
    cluster.admin(QStringLiteral("ALTER DATABASE guarded OWNER TO reviewer"));
    cluster.adminOn(QStringLiteral("guarded"),
                    QStringLiteral("ALTER SCHEMA public OWNER TO reviewer"));
    cluster.prependHba(QStringLiteral("local all reviewer scram-sha-256"));

    const testing::Run refused = testing::runCallqa(
        {QStringLiteral("--db"),
         withPassword(url, QStringLiteral("reviewer"), QStringLiteral("Wrong-Pw-9")),
         QStringLiteral("init")});
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("password authentication failed")));
    CHECK(refused.err.contains(QStringLiteral("guarded")));
    CHECK_FALSE(QString(refused.out + refused.err).contains(QStringLiteral("Wrong-Pw-9")));

    const testing::Run unknownUser = testing::runCallqa(
        {QStringLiteral("--db"), withPassword(url, QStringLiteral("nobody"), QStringLiteral("x1")),
         QStringLiteral("init")});
    CHECK(unknownUser.exitCode == 1);
    CHECK(unknownUser.err.contains(QStringLiteral("nobody")));

    const testing::Run rightPassword = testing::runCallqa(
        {QStringLiteral("--db"),
         withPassword(url, QStringLiteral("reviewer"), QStringLiteral("Right-Pw-1")),
         QStringLiteral("init")});
    INFO(rightPassword.err.toStdString());
    CHECK(rightPassword.exitCode == 0);
    CHECK_FALSE(
        QString(rightPassword.out + rightPassword.err).contains(QStringLiteral("Right-Pw-1")));

    INFO("a URL without a password: CALLQA_DB_PASSWORD (or a prompt at a terminal) gives it");
    QString noPassword = url;
    noPassword.replace(QStringLiteral("postgresql://callqa@"),
                       QStringLiteral("postgresql://reviewer@"));
    const testing::Run withoutPassword =
        testing::runCallqa({QStringLiteral("--db"), noPassword, QStringLiteral("calls")});
    CHECK(withoutPassword.exitCode == 1);
    CHECK(withoutPassword.err.contains(QStringLiteral("password")));
    qputenv("CALLQA_DB_PASSWORD", "Right-Pw-1");
    const testing::Run fromEnvironment =
        testing::runCallqa({QStringLiteral("--db"), noPassword, QStringLiteral("calls")});
    qunsetenv("CALLQA_DB_PASSWORD");
    INFO(fromEnvironment.err.toStdString());
    CHECK(fromEnvironment.exitCode == 0);
    CHECK_FALSE(
        QString(fromEnvironment.out + fromEnvironment.err).contains(QStringLiteral("Right-Pw-1")));

    QString noDatabase = url;
    noDatabase.replace(QStringLiteral("/guarded?"), QStringLiteral("/no_such_db?"));
    const testing::Run wrongDb =
        testing::runCallqa({QStringLiteral("--db"), noDatabase, QStringLiteral("init")});
    CHECK(wrongDb.exitCode == 1);
    CHECK(wrongDb.err.contains(QStringLiteral("no_such_db")));

    const testing::Run badUrl =
        testing::runCallqa({QStringLiteral("--db"), QStringLiteral("postgresql://reviewer@/"),
                            QStringLiteral("init")});
    CHECK(badUrl.exitCode != 0);
    CHECK_FALSE(badUrl.err.trimmed().isEmpty());
}
