#include "app/audioprober.h"
#include "review/calls/callimporter.h"
#include "review/calls/calllibrary.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/database.h"
#include "tests/app/clirunner.h"
#include "tests/support/mediafiles.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

using namespace callqa;
using namespace callqa::review;

namespace {

const QStringList kOpus = {QStringLiteral("-c:a"), QStringLiteral("libopus")};

ImportReport importFolder(Workspace& workspace, const QString& folder, const QString& manifest = {},
                          const Actor& actor = Actor::owner())
{
    CallImporter importer(workspace, app::probeRecording);
    ImportOptions options;
    options.folder = folder;
    options.manifestPath = manifest;
    options.actor = actor;
    return importer.run(options);
}

qint64 count(Workspace& workspace, const char* sql)
{
    return workspace.db().scalar(QString::fromLatin1(sql)).toLongLong();
}

QString problemFor(const ImportReport& report, const QString& file)
{
    for (const ImportProblem& problem : report.problems) {
        if (problem.file == file)
            return problem.reason;
    }
    return {};
}

} // namespace

TEST_CASE("import: good files import, bad files are reported one line each", "[app][import]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString calls = dir.filePath(QStringLiteral("calls"));
        testing::makeRecording(calls + QStringLiteral("/20260305-101500_a1_in_C-1.wav"), 2.0);
        testing::makeRecording(calls + QStringLiteral("/sub/20260305-111500_a1_out_C-2.opus"), 1.5,
                               kOpus, 2, 48000);
        testing::makeRecording(calls + QStringLiteral("/truncated.mp3"), 3.0,
                               {QStringLiteral("-c:a"), QStringLiteral("libmp3lame")});
        {
            QFile truncated(calls + QStringLiteral("/truncated.mp3"));
            REQUIRE(truncated.open(QIODevice::ReadWrite));
            truncated.resize(200); // only the header's first bytes survive
        }
        testing::writeBytes(calls + QStringLiteral("/empty.wav"), {});
        testing::writeBytes(calls + QStringLiteral("/notes.txt"), "not a recording\n");
        testing::writeBytes(calls + QStringLiteral("/garbage.wav"), QByteArray(5000, '\x7f'));

        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        REQUIRE(workspace->db().transact([&] {
            workspace->db().exec(
                QStringLiteral("INSERT INTO agents (external_id, name, name_folded, "
                               "active, created_at) VALUES (?, ?, ?, ?, ?)"),
                {QStringLiteral("a1"), QStringLiteral("Anna"), QStringLiteral("anna"), true, 0});
        }));

        const ImportReport report = importFolder(*workspace, calls);
        CHECK(report.scanned == 6);
        CHECK(report.imported == 2);
        CHECK(report.problems.size() == 4);
        CHECK(problemFor(report, QStringLiteral("empty.wav")).contains(QStringLiteral("0 bytes")));
        CHECK_FALSE(problemFor(report, QStringLiteral("notes.txt")).isEmpty());
        CHECK_FALSE(problemFor(report, QStringLiteral("garbage.wav")).isEmpty());
        CHECK_FALSE(problemFor(report, QStringLiteral("truncated.mp3")).isEmpty());
        CHECK(count(*workspace, "SELECT count(*) FROM calls") == 2);
        CHECK(count(*workspace, "SELECT count(*) FROM audit_log WHERE action = 'call.import'") ==
              2);

        const QList<CallSummary> listed = listCalls(workspace->db());
        REQUIRE(listed.size() == 2);
        CHECK(listed.at(0).externalId == QStringLiteral("C-2"));
        CHECK(listed.at(0).channels == 2);
        CHECK(listed.at(0).codec == QStringLiteral("opus"));
        CHECK(listed.at(0).durationMs == Approx(1500).margin(30));
        CHECK(listed.at(0).direction == QStringLiteral("outbound"));
        CHECK(listed.at(1).agentName == QStringLiteral("Anna"));
        CHECK(listed.at(1).durationMs == Approx(2000).margin(5));
        CHECK(listed.at(1).relativePath == QStringLiteral("20260305-101500_a1_in_C-1.wav"));
    }
}

TEST_CASE("import: re-import adds nothing, a moved file is re-linked, a missing one reported",
          "[app][import]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString calls = dir.filePath(QStringLiteral("calls"));
        testing::makeRecording(calls + QStringLiteral("/one.wav"), 1.0, {}, 1, 8000, 300);
        testing::makeRecording(calls + QStringLiteral("/two.wav"), 1.0, {}, 1, 8000, 500);
        testing::makeRecording(calls + QStringLiteral("/three.wav"), 1.0, {}, 1, 8000, 700);
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);

        REQUIRE(importFolder(*workspace, calls).imported == 3);
        const ImportReport again = importFolder(*workspace, calls);
        CHECK(again.imported == 0);
        CHECK(again.duplicates == 3);
        CHECK(again.ok());
        CHECK(count(*workspace, "SELECT count(*) FROM calls") == 3);

        REQUIRE(QDir().mkpath(calls + QStringLiteral("/archive")));
        REQUIRE(QFile::rename(calls + QStringLiteral("/one.wav"),
                              calls + QStringLiteral("/archive/one-moved.wav")));
        REQUIRE(QFile::remove(calls + QStringLiteral("/three.wav")));
        const ImportReport moved = importFolder(*workspace, calls);
        CHECK(moved.imported == 0);
        CHECK(moved.relinked == 1);
        REQUIRE(moved.missing.size() == 1);
        CHECK(moved.missing.first() == QStringLiteral("three.wav"));
        CHECK(count(*workspace, "SELECT count(*) FROM calls") == 3);
        CHECK(count(*workspace, "SELECT count(*) FROM calls WHERE missing") == 1);
        CHECK(workspace->db()
                  .scalar(QStringLiteral("SELECT count(*) FROM calls WHERE relative_path = ?"),
                          {QStringLiteral("archive/one-moved.wav")})
                  .toLongLong() == 1);
        CHECK(count(*workspace, "SELECT count(*) FROM audit_log WHERE action = 'call.relink'") ==
              1);

        INFO("the missing recording comes back: no longer missing, still one row");
        testing::makeRecording(calls + QStringLiteral("/three.wav"), 1.0, {}, 1, 8000, 700);
        const ImportReport back = importFolder(*workspace, calls);
        CHECK(back.missing.isEmpty());
        CHECK(count(*workspace, "SELECT count(*) FROM calls WHERE missing") == 0);
        CHECK(count(*workspace, "SELECT count(*) FROM calls") == 3);
    }
}

TEST_CASE("import: manifest facts, unknown agents, bad rows and duplicate call ids",
          "[app][import]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString calls = dir.filePath(QStringLiteral("calls"));
        for (int i = 1; i <= 5; ++i)
            testing::makeRecording(calls + QStringLiteral("/c%1.wav").arg(i), 1.0, {}, 2, 8000,
                                   200 + 100 * i);
        const QString manifest = dir.filePath(QStringLiteral("calls.csv"));
        testing::writeBytes(
            manifest, "file,call_id,agent_id,agent_name,team,started_at,agent_channel,mood\n"
                      "c1.wav,X-1,a7,Ольга Иванова,Eurasia Desk,2026-03-05T10:00:00Z,right,calm\n"
                      "c2.wav,X-2,a7,,,2026-03-06T10:00:00Z,left,calm\n"
                      "c3.wav,X-3,ghost,,,2026-03-06T10:00:00Z,left,calm\n"
                      "c4.wav,X-4,a7,,,last tuesday,left,calm\n"
                      "c5.wav,X-1,a7,,,2026-03-07T10:00:00Z,left,calm\n"
                      "nowhere.wav,X-9,a7,,,,left,calm\n");
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const ImportReport report = importFolder(*workspace, calls, manifest);

        INFO("c4 and c5 have bad rows: they wait for a fixed manifest instead of importing "
             "without their facts");
        CHECK(report.imported == 2);
        CHECK(problemFor(report, QStringLiteral("c3.wav")).contains(QStringLiteral("ghost")));
        CHECK(problemFor(report, QStringLiteral("c4.wav")).contains(QStringLiteral("started_at")));
        CHECK(problemFor(report, QStringLiteral("c5.wav")).contains(QStringLiteral("X-1")));
        CHECK(problemFor(report, QStringLiteral("nowhere.wav"))
                  .contains(QStringLiteral("not found")));
        INFO("every manifest problem names its row, the missing file's too");
        for (const ImportProblem& problem : report.problems) {
            INFO(problem.file.toStdString() << ": " << problem.reason.toStdString());
            if (!problem.reason.contains(QStringLiteral("mood")))
                CHECK(problem.row > 0);
        }
        CHECK(
            std::any_of(report.problems.begin(), report.problems.end(), [](const ImportProblem& p) {
                return p.file == QStringLiteral("nowhere.wav") && p.row == 6;
            }));
        const bool unknownColumn =
            std::any_of(report.problems.begin(), report.problems.end(), [](const ImportProblem& p) {
                return p.reason.contains(QStringLiteral("mood"));
            });
        CHECK(unknownColumn);
        CHECK_FALSE(report.ok());

        QSqlQuery q = workspace->db().exec(QStringLiteral(
            "SELECT c.agent_channel, c.customer_channel, a.name, t.name FROM calls c "
            "JOIN agents a ON a.id = c.agent_id JOIN teams t ON t.id = c.team_id "
            "WHERE c.external_id = 'X-1'"));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        CHECK(q.value(1).toInt() == 0);
        CHECK(q.value(2).toString() == QString::fromUtf8("Ольга Иванова"));
        CHECK(q.value(3).toString() == QStringLiteral("Eurasia Desk"));
        q.finish();
        INFO("the second call of a7 gets the team a7 was on at the time");
        CHECK(workspace->db()
                  .scalar(QStringLiteral("SELECT t.name FROM calls c JOIN teams t ON t.id = "
                                         "c.team_id WHERE c.external_id = 'X-2'"))
                  .toString() == QStringLiteral("Eurasia Desk"));
    }
}

TEST_CASE("import: an unreadable file is reported", "[app][import]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    INFO("a folder cannot be hashed: the read-error path every unreadable file takes");
    QString error;
    CHECK(sha256OfFile(dir.path(), &error).isEmpty());
    CHECK_FALSE(error.isEmpty());

    const QString calls = dir.filePath(QStringLiteral("calls"));
    testing::makeRecording(calls + QStringLiteral("/locked.wav"), 0.5, {}, 1, 8000, 300);
    testing::makeRecording(calls + QStringLiteral("/open.wav"), 0.5, {}, 1, 8000, 600);
    REQUIRE(
        QFile::setPermissions(calls + QStringLiteral("/locked.wav"), QFileDevice::Permissions()));
    if (geteuid() != 0) {
        testing::TestLocation location(Backend::Sqlite);
        auto workspace = testing::openWorkspace(location);
        const ImportReport report = importFolder(*workspace, calls);
        CHECK(report.imported == 1);
        CHECK(problemFor(report, QStringLiteral("locked.wav"))
                  .contains(QStringLiteral("cannot read")));
        return;
    }
    // Root reads every file whatever its mode (CI runs as root): the real callqa runs as the
    // unprivileged user nobody instead, on a workspace and a home that user may write.
    const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                          QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                          QFileDevice::ExeOther;
    const auto writable = everyone | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    REQUIRE(QFile::setPermissions(dir.path(), everyone));
    REQUIRE(QFile::setPermissions(calls, everyone));
    REQUIRE(QFile::setPermissions(calls + QStringLiteral("/open.wav"),
                                  QFileDevice::ReadOwner | QFileDevice::ReadOther));
    const QString home = dir.filePath(QStringLiteral("home"));
    REQUIRE(QDir().mkpath(home));
    REQUIRE(QFile::setPermissions(home, writable));
    const QString workspace = home + QStringLiteral("/workspace.db");
    const auto asNobody = [&](const QStringList& args) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"CALLQA_DB", "CALLQA_PASSWORD", "CALLQA_RECORDINGS_ROOT"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), QStringLiteral(CALLQA_BINARY),
                                  QStringLiteral("--db"), workspace} +
                          args);
        REQUIRE(process.waitForStarted());
        REQUIRE(process.waitForFinished(120000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        INFO(out.toStdString() << QString::fromUtf8(process.readAllStandardError()).toStdString());
        CHECK(process.exitStatus() == QProcess::NormalExit);
        return std::make_pair(process.exitCode(), out);
    };
    REQUIRE(asNobody({QStringLiteral("init")}).first == 0);
    const auto [exitCode, out] =
        asNobody({QStringLiteral("--json"), QStringLiteral("import"), calls});
    INFO(out.toStdString());
    CHECK(exitCode == 1);
    const QJsonObject report = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("imported")).toInt() == 1);
    const QJsonArray problems = report.value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).toObject().value(QStringLiteral("file")).toString() ==
          QStringLiteral("locked.wav"));
    CHECK(problems.at(0)
              .toObject()
              .value(QStringLiteral("reason"))
              .toString()
              .contains(QStringLiteral("cannot read")));
}

TEST_CASE("import: SHA-256 of a file", "[app][import]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    testing::writeBytes(dir.filePath(QStringLiteral("abc")), "abc");
    CHECK(sha256OfFile(dir.filePath(QStringLiteral("abc"))) ==
          QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

TEST_CASE("import: only roles that may import calls do, and the audit log names who did",
          "[app][import]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString calls = dir.filePath(QStringLiteral("calls"));
        testing::makeRecording(calls + QStringLiteral("/one.wav"), 0.5);
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);

        Actor reviewer;
        reviewer.userId = 5;
        reviewer.login = QStringLiteral("rita");
        reviewer.roles = {Role::Reviewer};
        const ImportReport refused = importFolder(*workspace, calls, {}, reviewer);
        CHECK(refused.imported == 0);
        REQUIRE(refused.problems.size() == 1);
        CHECK(refused.problems.first().reason.contains(QStringLiteral("reviewer")));
        CHECK(refused.problems.first().reason.contains(QStringLiteral("import calls")));
        CHECK(count(*workspace, "SELECT count(*) FROM calls") == 0);
        INFO("nobody (a default actor) is refused too");
        CHECK(importFolder(*workspace, calls, {}, Actor()).imported == 0);

        Actor supervisor = reviewer;
        supervisor.login = QStringLiteral("sara");
        supervisor.roles = {Role::Supervisor};
        CHECK(importFolder(*workspace, calls, {}, supervisor).imported == 1);
        CHECK(workspace->db()
                  .scalar(QStringLiteral("SELECT actor FROM audit_log WHERE action = ?"),
                          {QStringLiteral("call.import")})
                  .toString() == QStringLiteral("sara"));
    }
}

TEST_CASE("import: a phone-system folder with unknown agent ids imports with --create-agents",
          "[app][import]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString calls = dir.filePath(QStringLiteral("calls"));
        testing::makeRecording(calls + QStringLiteral("/20260305-101500_a017_in_C-1.wav"), 0.5, {},
                               1, 8000, 300);
        testing::makeRecording(calls + QStringLiteral("/20260305-103000_a017_out_C-2.wav"), 0.5, {},
                               1, 8000, 400);
        testing::makeRecording(calls + QStringLiteral("/20260305-104500_b220_in_C-3.wav"), 0.5, {},
                               1, 8000, 500);
        testing::TestLocation location(backend);
        const QStringList db = {QStringLiteral("--db"), location.url()};
        REQUIRE(testing::runCallqa(db + QStringList{QStringLiteral("init")}).exitCode == 0);

        INFO("without the option every file fails, and the failure says the option exists");
        const testing::CliRun refused =
            testing::runCallqa(db + QStringList{QStringLiteral("import"), calls});
        INFO(refused.out.toStdString() << refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.out.count(QStringLiteral("--create-agents")) >= 3);
        CHECK(refused.out.contains(QStringLiteral("Unknown agents: a017, b220")));

        const testing::CliRun created = testing::runCallqa(
            db + QStringList{QStringLiteral("import"), calls, QStringLiteral("--create-agents")});
        INFO(created.out.toStdString() << created.err.toStdString());
        CHECK(created.exitCode == 0);
        CHECK(created.out.contains(QStringLiteral("3 imported")));
        const QString last = created.out.trimmed().split(QLatin1Char('\n')).last();
        CHECK(last.contains(QStringLiteral("to be named")));
        CHECK(last.contains(QStringLiteral("a017, b220")));

        const testing::CliRun agents =
            testing::runCallqa(db + QStringList{QStringLiteral("--json"), QStringLiteral("agent"),
                                                QStringLiteral("list")});
        const QJsonArray list = QJsonDocument::fromJson(agents.out.toUtf8()).array();
        REQUIRE(list.size() == 2);
        for (const QJsonValue& agent : list) {
            CHECK(agent.toObject().value(QStringLiteral("to_be_named")).toBool());
            CHECK(agent.toObject().value(QStringLiteral("name")) ==
                  agent.toObject().value(QStringLiteral("agent_id")));
        }
        INFO("naming the agent clears the mark; its calls keep it");
        REQUIRE(testing::runCallqa(db + QStringList{QStringLiteral("agent"), QStringLiteral("add"),
                                                    QStringLiteral("a017"), QStringLiteral("Ana")})
                    .exitCode == 0);
        const testing::CliRun named =
            testing::runCallqa(db + QStringList{QStringLiteral("agent"), QStringLiteral("list")});
        CHECK(named.out.contains(QStringLiteral("a017 | Ana |")));
        CHECK_FALSE(named.out.contains(QStringLiteral("a017 | Ana |  | to be named")));
        CHECK(named.out.contains(QStringLiteral("b220 | b220 |  | to be named")));
        auto workspace = Workspace::open(location.url(), OpenMode::Existing);
        REQUIRE(workspace.ok());
        CHECK(workspace.value()
                  ->db()
                  .scalar(QStringLiteral("SELECT count(*) FROM calls c JOIN agents a ON a.id = "
                                         "c.agent_id WHERE a.external_id = 'a017'"))
                  .toLongLong() == 2);
        CHECK(workspace.value()
                  ->db()
                  .scalar(QStringLiteral(
                      "SELECT count(*) FROM audit_log WHERE action = 'agent.create'"))
                  .toLongLong() == 2);
    }
}

TEST_CASE("import: a manifest's metric columns are stored with the call, updated on re-import",
          "[app][import][metrics]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString calls = dir.filePath(QStringLiteral("calls"));
        testing::makeRecording(calls + QStringLiteral("/m1.wav"), 1.0, {}, 1, 8000, 300);
        testing::makeRecording(calls + QStringLiteral("/m2.wav"), 1.0, {}, 1, 8000, 500);
        testing::makeRecording(calls + QStringLiteral("/m3.wav"), 1.0, {}, 1, 8000, 700);
        const QString manifest = dir.filePath(QStringLiteral("calls.csv"));
        const auto write = [&](const char* csat) {
            testing::writeBytes(manifest,
                                QByteArray("file,call_id,customer_id,wait_s,csat,escalated\n"
                                           "m1.wav,K-1,cust-7,42.5,") +
                                    csat +
                                    ",no\n"
                                    "m2.wav,K-2,cust-7,,,\n"
                                    "m3.wav,K-3,cust-9,10,6,yes\n");
        };
        write("4");
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const ImportReport first = importFolder(*workspace, calls, manifest);
        CHECK(first.imported == 2);
        INFO("a bad figure refuses its row, located, and leaves its file alone");
        REQUIRE(first.problems.size() == 1);
        CHECK(first.problems.first().row == 3);
        CHECK(first.problems.first().reason.contains(QStringLiteral("csat")));
        const qint64 k1 = findCallId(*workspace, QStringLiteral("K-1"));
        QSqlQuery row = workspace->db().exec(
            QStringLiteral("SELECT customer_id, wait_s, csat, escalated, source FROM call_metrics "
                           "WHERE call_id = ?"),
            {k1});
        REQUIRE(row.next());
        CHECK(row.value(0).toString() == QStringLiteral("cust-7"));
        CHECK(row.value(1).toDouble() == 42.5);
        CHECK(row.value(2).toInt() == 4);
        CHECK_FALSE(row.value(3).toBool());
        CHECK(row.value(4).toString() == QStringLiteral("calls.csv"));
        row.finish();
        CHECK(count(*workspace, "SELECT count(*) FROM call_metrics") == 2); // K-2: customer only
        CHECK(workspace->db()
                  .scalar(QStringLiteral("SELECT customer_id FROM call_metrics c JOIN calls k ON "
                                         "k.id = c.call_id WHERE k.external_id = 'K-2'"))
                  .toString() == QStringLiteral("cust-7"));

        INFO("the same manifest again changes nothing; a changed figure is updated, audited");
        const qint64 auditBefore = count(*workspace, "SELECT count(*) FROM audit_log");
        CHECK(importFolder(*workspace, calls, manifest).duplicates == 2);
        CHECK(count(*workspace, "SELECT count(*) FROM audit_log") == auditBefore);
        write("2");
        CHECK(importFolder(*workspace, calls, manifest).duplicates == 2);
        CHECK(workspace->db()
                  .scalar(QStringLiteral("SELECT csat FROM call_metrics WHERE call_id = ?"), {k1})
                  .toInt() == 2);
        CHECK(count(*workspace, "SELECT count(*) FROM call_metrics") == 2);
        CHECK(count(*workspace, "SELECT count(*) FROM audit_log WHERE action = 'call.metrics'") ==
              1);
    }
}
