#include "tests/team/teamsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace callqa;

namespace {

const QString kSentinel = QStringLiteral("S3ntinel-Pw-91");

// Everything a run printed, for the search.
QString everything(const testing::Run& run)
{
    return run.out + QLatin1Char('\n') + run.err;
}

} // namespace

TEST_CASE("team: a password in --db never reaches any output of the CLI, the window, migrate or "
          "the audit log",
          "[team][secrets]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Nothing may be created in the working folder either (a file named after an address).
    const auto here = [] {
        return QDir().entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    };
    const QStringList hereBefore = here();
    testing::ThrowawayCluster cluster;
    const QString socket = cluster.socketDir();
    cluster.admin(QStringLiteral("CREATE ROLE qa_secret LOGIN PASSWORD '%1'").arg(kSentinel));
    cluster.admin(QStringLiteral("CREATE ROLE qa_other LOGIN PASSWORD 'Other-Pw-1'"));
    cluster.createDatabase(QStringLiteral("secret_ws"));
    cluster.admin(QStringLiteral("ALTER DATABASE secret_ws OWNER TO qa_secret"));
    cluster.adminOn(QStringLiteral("secret_ws"),
                    QStringLiteral("ALTER SCHEMA public OWNER TO qa_secret"));
    cluster.prependHba(QStringLiteral("local all qa_secret,qa_other scram-sha-256"));
    const auto url = [&](const QString& user, const QString& database) {
        return QStringLiteral("postgresql://%1:%2@localhost:5432/%3?host=%4")
            .arg(user, kSentinel, database, socket);
    };
    const QString good = url(QStringLiteral("qa_secret"), QStringLiteral("secret_ws"));

    // A file workspace to migrate from.
    const QString file = dir.filePath(QStringLiteral("source.db"));
    REQUIRE(testing::runCallqa({QStringLiteral("--db"), file, QStringLiteral("init")}).exitCode ==
            0);

    struct Bad {
        const char* what;
        QString address;
    };
    const Bad bad[] = {
        {"malformed: a port that is no number",
         QStringLiteral("postgresql://qa_secret:%1@localhost:54x2/secret_ws").arg(kSentinel)},
        {"malformed: an unencoded / and @ in the password",
         QStringLiteral("postgresql://qa_secret:%1/x@y@localhost/secret_ws").arg(kSentinel)},
        {"malformed: a space in the password",
         QStringLiteral("postgresql://qa_secret:%1 x@localhost/secret_ws").arg(kSentinel)},
        {"malformed: no database",
         QStringLiteral("postgresql://qa_secret:%1@localhost/").arg(kSentinel)},
        {"malformed: one slash",
         QStringLiteral("postgresql:/qa_secret:%1@localhost/secret_ws").arg(kSentinel)},
        {"malformed: another scheme",
         QStringLiteral("mysql://qa_secret:%1@localhost/secret_ws").arg(kSentinel)},
        {"a libpq keyword string taken for a file path",
         QStringLiteral("host=%1 password=%2 dbname=secret_ws").arg(socket, kSentinel)},
        {"unknown host",
         QStringLiteral("postgresql://qa_secret:%1@no-such-host.invalid:5432/secret_ws")
             .arg(kSentinel)},
        {"unknown socket folder",
         QStringLiteral("postgresql://qa_secret:%1@localhost:5432/secret_ws?host=%2/nowhere")
             .arg(kSentinel, socket)},
        {"wrong port",
         QStringLiteral("postgresql://qa_secret:%1@127.0.0.1:1/secret_ws").arg(kSentinel)},
        {"bad database name", url(QStringLiteral("qa_secret"), QStringLiteral("no_such_db"))},
        {"refused password", url(QStringLiteral("qa_other"), QStringLiteral("secret_ws"))},
        {"a database that is not a workspace yet", good},
    };
    for (const Bad& row : bad) {
        INFO(row.what);
        const QString shot = dir.filePath(QStringLiteral("shot.png"));
        const QList<QStringList> runs = {
            {QStringLiteral("--db"), row.address, QStringLiteral("calls")},
            {QStringLiteral("--db"), row.address, QStringLiteral("--json"),
             QStringLiteral("calls")},
            {QStringLiteral("--db"), row.address, QStringLiteral("audit")},
            {QStringLiteral("migrate"), QStringLiteral("--from"), row.address,
             QStringLiteral("--to"), good},
            {QStringLiteral("--offscreen"), QStringLiteral("--screenshot"), shot,
             QStringLiteral("--db"), row.address},
        };
        for (const QStringList& args : runs) {
            INFO(args.join(QLatin1Char(' ')).toStdString());
            const testing::Run run = testing::runCallqa(
                args,
                {{QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))}});
            CHECK(run.exitCode != 0);
            CHECK_FALSE(run.err.trimmed().isEmpty());
            CHECK_FALSE(everything(run).contains(kSentinel));
        }
        if (row.address != good) {
            // the target's error paths of migrate (and init, which may create)
            for (const QStringList& args :
                 {QStringList{QStringLiteral("migrate"), QStringLiteral("--from"), file,
                              QStringLiteral("--to"), row.address},
                  QStringList{QStringLiteral("--db"), row.address, QStringLiteral("init")}}) {
                INFO(args.join(QLatin1Char(' ')).toStdString());
                const testing::Run run = testing::runCallqa(args);
                CHECK(run.exitCode != 0);
                CHECK_FALSE(run.err.trimmed().isEmpty());
                CHECK_FALSE(everything(run).contains(kSentinel));
            }
        }
        CHECK_FALSE(QFile::exists(shot));
        CHECK(here() == hereBefore);
    }

    INFO("the paths that work: init, import, an agent, migrate, the audit log");
    const QString calls = dir.filePath(QStringLiteral("calls"));
    testing::writeTinyWav(calls + QStringLiteral("/c1.wav"), 7);
    const QList<QStringList> working = {
        {QStringLiteral("--db"), good, QStringLiteral("init")},
        {QStringLiteral("--db"), good, QStringLiteral("import"), calls},
        {QStringLiteral("--db"), good, QStringLiteral("agent"), QStringLiteral("add"),
         QStringLiteral("a7"), QStringLiteral("Ayşe Yılmaz")},
        {QStringLiteral("--db"), good, QStringLiteral("calls")},
        {QStringLiteral("--db"), good, QStringLiteral("audit")},
        {QStringLiteral("--db"), good, QStringLiteral("--json"), QStringLiteral("audit")},
    };
    for (const QStringList& args : working) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const testing::Run run = testing::runCallqa(args);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK_FALSE(everything(run).contains(kSentinel));
    }
    const QString target = url(QStringLiteral("qa_secret"), QStringLiteral("secret_copy"));
    cluster.createDatabase(QStringLiteral("secret_copy"));
    cluster.admin(QStringLiteral("ALTER DATABASE secret_copy OWNER TO qa_secret"));
    cluster.adminOn(QStringLiteral("secret_copy"),
                    QStringLiteral("ALTER SCHEMA public OWNER TO qa_secret"));
    for (int pass = 0; pass < 2; ++pass) {
        const testing::Run copied =
            testing::runCallqa({QStringLiteral("migrate"), QStringLiteral("--from"), file,
                                QStringLiteral("--to"), target});
        INFO(copied.err.toStdString());
        CHECK(copied.exitCode == 0);
        CHECK_FALSE(everything(copied).contains(kSentinel));
    }
    const QString audit =
        testing::queryValue(good, QStringLiteral("SELECT string_agg(a::text, ' ') "
                                                 "FROM audit_log a"))
            .toString();
    CHECK(audit.contains(QStringLiteral("a7")));
    CHECK_FALSE(audit.contains(kSentinel));
}
