#include "tests/support/testworkspace.h"
#include "tests/team/teamsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace callqa;

namespace {

const QStringList kTables = {QStringLiteral("teams"),       QStringLiteral("agents"),
                             QStringLiteral("agent_teams"), QStringLiteral("calls"),
                             QStringLiteral("audit_log"),   QStringLiteral("workspace_settings")};

qint64 countOf(const QString& url, const QString& table)
{
    return testing::queryValue(url, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

} // namespace

TEST_CASE("team: callqa migrate copies a file workspace onto PostgreSQL, and a re-run is harmless",
          "[team][migrate]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("workspace.db"));
    const QString calls = dir.filePath(QStringLiteral("calls"));
    for (quint32 i = 0; i < 6; ++i)
        testing::writeTinyWav(calls + QStringLiteral("/c%1.wav").arg(i), 100 + i);
    QFile manifest(dir.filePath(QStringLiteral("calls.csv")));
    REQUIRE(manifest.open(QIODevice::WriteOnly));
    manifest.write("file,call_id,agent_id,agent_name,team,started_at\n"
                   "c0.wav,K-0,a1,Ayşe Yılmaz,İstanbul,2026-02-01T08:00:00Z\n"
                   "c1.wav,K-1,a1,Ayşe Yılmaz,İstanbul,2026-02-01T09:00:00Z\n"
                   "c2.wav,K-2,a2,Дмитрий Орлов,Москва,2026-02-02T08:00:00Z\n"
                   "c3.wav,K-3,a3,مریم رضایی,تهران,2026-02-03T08:00:00Z\n");
    manifest.close();
    const auto cli = [&](const QString& db, QStringList args) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return testing::runCallqa(args);
    };
    REQUIRE(cli(file, {QStringLiteral("import"), calls, QStringLiteral("--manifest"),
                       manifest.fileName()})
                .exitCode == 0);
    REQUIRE(cli(file,
                {QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("a9"),
                 QStringLiteral("Jürgen Weiß"), QStringLiteral("--team"), QStringLiteral("Berlin")})
                .exitCode == 0);
    // A gap in the ids: the copy must keep them, not renumber.
    REQUIRE_NOTHROW(
        testing::queryValue(file, QStringLiteral("DELETE FROM audit_log WHERE id = 2")));

    testing::TestLocation target(review::Backend::Postgres);
    const testing::Run copy =
        testing::runCallqa({QStringLiteral("migrate"), QStringLiteral("--from"), file,
                            QStringLiteral("--to"), target.url()});
    INFO(copy.out.toStdString() << copy.err.toStdString());
    REQUIRE(copy.exitCode == 0);
    CHECK(copy.out.contains(QStringLiteral("verified")));
    for (const QString& table : kTables) {
        INFO(table.toStdString());
        CHECK(countOf(target.url(), table) == countOf(file, table));
        CHECK(countOf(target.url(), table) > 0);
    }
    CHECK(testing::queryValue(target.url(), QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                           "id = 2"))
              .toLongLong() == 0);
    CHECK(testing::queryValue(target.url(), QStringLiteral("SELECT max(id) FROM audit_log"))
              .toLongLong() ==
          testing::queryValue(file, QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong());
    CHECK(testing::queryValue(target.url(),
                              QStringLiteral("SELECT a.name FROM calls c JOIN agents a ON a.id = "
                                             "c.agent_id WHERE c.external_id = 'K-3'"))
              .toString() == QStringLiteral("مریم رضایی"));

    INFO("a re-run finds the same data and writes nothing");
    const testing::Run again =
        testing::runCallqa({QStringLiteral("migrate"), QStringLiteral("--from"), file,
                            QStringLiteral("--to"), target.url()});
    INFO(again.out.toStdString() << again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Already migrated")));
    for (const QString& table : kTables)
        CHECK(countOf(target.url(), table) == countOf(file, table));

    INFO("the server's identity sequences continue after the copied ids");
    testing::writeTinyWav(calls + QStringLiteral("/new.wav"), 999);
    const testing::Run import = cli(target.url(), {QStringLiteral("import"), calls});
    INFO(import.out.toStdString() << import.err.toStdString());
    CHECK(import.exitCode == 0);
    CHECK(countOf(target.url(), QStringLiteral("calls")) ==
          countOf(file, QStringLiteral("calls")) + 1);

    INFO("a target holding other data is refused, never merged");
    const testing::Run refused =
        testing::runCallqa({QStringLiteral("migrate"), QStringLiteral("--from"), file,
                            QStringLiteral("--to"), target.url()});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("already holds other data")));
    CHECK(countOf(target.url(), QStringLiteral("calls")) ==
          countOf(file, QStringLiteral("calls")) + 1);
}
