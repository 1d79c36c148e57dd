#include "checklists/sampleanswers.h"
#include "review/auth/permissions.h"
#include "review/evaluations/evaluationstore.h"
#include "tests/support/testworkspace.h"
#include "tests/team/teamsupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>

using namespace callqa;

namespace {

const QStringList kTables = {QStringLiteral("teams"),       QStringLiteral("agents"),
                             QStringLiteral("agent_teams"), QStringLiteral("calls"),
                             QStringLiteral("audit_log"),   QStringLiteral("workspace_settings")};

// Every table a copy writes (all but schema_version).
const QStringList kCopiedTables = {QStringLiteral("agents"),
                                   QStringLiteral("audit_log"),
                                   QStringLiteral("checklists"),
                                   QStringLiteral("checklist_versions"),
                                   QStringLiteral("recording_peaks"),
                                   QStringLiteral("teams"),
                                   QStringLiteral("agent_teams"),
                                   QStringLiteral("calls"),
                                   QStringLiteral("call_analysis"),
                                   QStringLiteral("evaluation_drafts"),
                                   QStringLiteral("users"),
                                   QStringLiteral("evaluations"),
                                   QStringLiteral("evaluation_answers"),
                                   QStringLiteral("user_roles"),
                                   QStringLiteral("workspace_settings")};

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
    REQUIRE(cli(file, {QStringLiteral("init")}).exitCode == 0);
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

namespace {

// A file workspace with agents, teams, calls (K-0..K-3), an audit log and one scored evaluation.
QString makeSource(const QTemporaryDir& dir)
{
    const QString file = dir.filePath(QStringLiteral("source.db"));
    const QString calls = dir.filePath(QStringLiteral("calls"));
    for (quint32 i = 0; i < 4; ++i)
        testing::writeTinyWav(calls + QStringLiteral("/c%1.wav").arg(i), 300 + i);
    QFile manifest(dir.filePath(QStringLiteral("calls.csv")));
    REQUIRE(manifest.open(QIODevice::WriteOnly));
    manifest.write("file,call_id,agent_id,agent_name,team,started_at\n"
                   "c0.wav,K-0,a1,Ayşe Yılmaz,İstanbul,2026-02-01T08:00:00Z\n"
                   "c1.wav,K-1,a1,Ayşe Yılmaz,İstanbul,2026-02-01T09:00:00Z\n"
                   "c2.wav,K-2,a2,Дмитрий Орлов,Москва,2026-02-02T08:00:00Z\n"
                   "c3.wav,K-3,a3,مریم رضایی,تهران,2026-02-03T08:00:00Z\n");
    manifest.close();
    REQUIRE(testing::runCallqa({QStringLiteral("--db"), file, QStringLiteral("init")}).exitCode ==
            0);
    REQUIRE(testing::runCallqa({QStringLiteral("--db"), file, QStringLiteral("import"), calls,
                                QStringLiteral("--manifest"), manifest.fileName()})
                .exitCode == 0);
    auto workspace = review::Workspace::open(file, review::OpenMode::Existing);
    REQUIRE(workspace.ok());
    const review::ChecklistVersion version = testing::publishDefaultChecklist(*workspace.value());
    const qint64 call = review::findCallId(*workspace.value(), QStringLiteral("K-2"));
    REQUIRE(call > 0);
    REQUIRE(review::EvaluationStore(*workspace.value(), review::Actor::owner())
                .submit(call, version.id, checklists::fullMarksAnswers(version.checklist))
                .ok());
    return file;
}

// Every row the copy could have left on the target.
qint64 rowsOnTarget(const QString& url)
{
    qint64 rows = 0;
    for (const QString& table : kCopiedTables)
        rows += countOf(url, table);
    return rows;
}

// A target database with the schema (and nothing else) and a trigger that spoils one table.
void addTrigger(const QString& url, const QString& table, const QString& body)
{
    testing::queryValue(url, QStringLiteral("CREATE FUNCTION spoil() RETURNS trigger LANGUAGE "
                                            "plpgsql AS $$ BEGIN %1 END $$")
                                 .arg(body));
    testing::queryValue(url, QStringLiteral("CREATE TRIGGER spoil BEFORE INSERT ON %1 FOR EACH "
                                            "ROW EXECUTE FUNCTION spoil()")
                                 .arg(table));
}

void dropTrigger(const QString& url, const QString& table)
{
    testing::queryValue(url, QStringLiteral("DROP TRIGGER spoil ON %1").arg(table));
    testing::queryValue(url, QStringLiteral("DROP FUNCTION spoil()"));
}

testing::Run migrate(const QString& from, const QString& to)
{
    return testing::runCallqa(
        {QStringLiteral("migrate"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
}

// A trigger on a target table that spoils the copy, and what the failed migrate must say.
struct SpoiledCopy {
    const char* what;
    QString table;
    QString body; // PL/pgSQL of the trigger function
    QString says;
};

// Migrates with the trigger in place: exit 1 naming the failure, rolled back, nothing kept.
void expectRolledBack(const QString& file, const QString& target, const SpoiledCopy& spoiled)
{
    INFO(spoiled.what);
    addTrigger(target, spoiled.table, spoiled.body);
    const testing::Run failed = migrate(file, target);
    INFO(failed.out.toStdString() << failed.err.toStdString());
    CHECK(failed.exitCode == 1);
    CHECK(failed.err.contains(spoiled.says));
    CHECK(failed.err.contains(QStringLiteral("rolled back")));
    CHECK_FALSE(failed.out.contains(QStringLiteral("verified")));
    CHECK(rowsOnTarget(target) == 0);
    dropTrigger(target, spoiled.table);
}

} // namespace

TEST_CASE("team: a migrate that fails partway leaves the target empty, and a re-run finishes",
          "[team][migrate]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = makeSource(dir);
    testing::TestLocation target(review::Backend::Postgres);
    REQUIRE(testing::runCallqa({QStringLiteral("--db"), target.url(), QStringLiteral("init")})
                .exitCode == 0);

    const SpoiledCopy failures[] = {
        {"a row the target refuses in the last table", QStringLiteral("workspace_settings"),
         QStringLiteral("RAISE EXCEPTION 'injected refusal'; RETURN NEW;"),
         QStringLiteral("injected refusal")},
        {"the connection to the server is lost mid-copy", QStringLiteral("calls"),
         QStringLiteral("PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW;"),
         QStringLiteral("calls")},
    };
    for (const SpoiledCopy& failure : failures)
        expectRolledBack(file, target.url(), failure);

    INFO("the same command again copies everything");
    const testing::Run again = migrate(file, target.url());
    INFO(again.out.toStdString() << again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("verified")));
    for (const QString& table : kCopiedTables) {
        INFO(table.toStdString());
        CHECK(countOf(target.url(), table) == countOf(file, table));
    }
    CHECK(countOf(target.url(), QStringLiteral("evaluations")) == 1);
}

TEST_CASE("team: migrate's verification catches a changed row, a missing row and a score total "
          "off, and keeps nothing",
          "[team][migrate]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = makeSource(dir);
    testing::TestLocation target(review::Backend::Postgres);
    REQUIRE(testing::runCallqa({QStringLiteral("--db"), target.url(), QStringLiteral("init")})
                .exitCode == 0);

    // Real SQL on the real target changes what arrives, between the copy and the check.
    const SpoiledCopy cases[] = {
        {"a row changed on the target", QStringLiteral("agents"),
         QStringLiteral("IF NEW.external_id = 'a2' THEN NEW.name := 'Someone else'; END IF; "
                        "RETURN NEW;"),
         QStringLiteral("Verification failed: the content of agents differs")},
        {"a missing row", QStringLiteral("calls"),
         QStringLiteral("IF NEW.external_id = 'K-3' THEN RETURN NULL; END IF; RETURN NEW;"),
         QStringLiteral("Verification failed: calls has 3 rows in the target, 4 in the source")},
        {"a score total off", QStringLiteral("evaluations"),
         QStringLiteral("NEW.overall_score := NEW.overall_score - 1; RETURN NEW;"),
         QStringLiteral("Verification failed: the totals of evaluations differ")},
    };
    for (const SpoiledCopy& spoiled : cases)
        expectRolledBack(file, target.url(), spoiled);
    const testing::Run clean = migrate(file, target.url());
    INFO(clean.err.toStdString());
    CHECK(clean.exitCode == 0);
    CHECK(countOf(target.url(), QStringLiteral("calls")) == 4);
}

TEST_CASE("team: migrate reads its source file and never upgrades it", "[team][migrate]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("old.db"));
    REQUIRE(
        QFile::copy(QStringLiteral(CALLQA_SOURCE_DIR "/tests/data/workspaces/schema-v1.db"), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const auto digest = [&] {
        QFile bytes(file);
        REQUIRE(bytes.open(QIODevice::ReadOnly));
        return QCryptographicHash::hash(bytes.readAll(), QCryptographicHash::Sha256);
    };
    const QByteArray before = digest();
    testing::TestLocation target(review::Backend::Postgres);

    const testing::Run refused = migrate(file, target.url());
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("schema version 1")));
    CHECK(refused.err.contains(QStringLiteral("callqa --db '%1' init").arg(file)));
    CHECK(digest() == before);
    CHECK(testing::queryValue(file, QStringLiteral("SELECT max(version) FROM schema_version"))
              .toInt() == 1);

    INFO("after the upgrade the user asked for, it copies");
    REQUIRE(testing::runCallqa({QStringLiteral("--db"), file, QStringLiteral("init")}).exitCode ==
            0);
    const QByteArray upgraded = digest();
    const testing::Run copied = migrate(file, target.url());
    INFO(copied.err.toStdString());
    CHECK(copied.exitCode == 0);
    CHECK(countOf(target.url(), QStringLiteral("calls")) == 2);
    CHECK(digest() == upgraded);

    INFO("a missing source is named, and nothing is created");
    const QString missing = dir.filePath(QStringLiteral("typo.db"));
    const testing::Run none = migrate(missing, target.url());
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(missing));
    CHECK_FALSE(QFile::exists(missing));
}
