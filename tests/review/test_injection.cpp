#include "review/agents/agentedit.h"
#include "review/agents/directory.h"
#include "review/audit/auditquery.h"
#include "review/auth/signin.h"
#include "review/auth/userstore.h"
#include "review/calls/callimporter.h"
#include "review/calls/calllibrary.h"
#include "review/storage/database.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace callqa;
using namespace callqa::review;

namespace {

// Text that breaks a query built by pasting strings together, and text that breaks naive
// handling of encodings, lengths and LIKE patterns; with what each field must do with it.
// Refused: the fragment the refusal must contain (a rule of the field, never a failed query);
// nullptr: stored verbatim and read back equal.
struct Hostile {
    QString text;
    const char* agentRefusal = nullptr;       // agent id, agent name and team name
    const char* displayNameRefusal = nullptr; // a user's display name
    const char* loginRefusal = nullptr;       // a login, with the same text as password
};

QList<Hostile> hostileTexts()
{
    return {
        {QStringLiteral("'); DROP TABLE calls; --")},
        {QStringLiteral("\" OR 1=1 --")},
        {QStringLiteral("%'; DELETE FROM audit_log; --")},
        {QStringLiteral("x' OR 'a'='a")},
        {QStringLiteral("_%\\ ? :name $1")},
        {QString::fromUtf8("nul\0byte", 8), "NUL", "control characters", "control characters"},
        {QString(5000, QLatin1Char('x')) + QStringLiteral("'; --"), nullptr, "at most 200",
         "at most 64"},
        {QString::fromUtf8("زهرا احمدی'; DROP TABLE users; --")},
        {QString::fromUtf8("Алексей\"); DELETE FROM teams; --")},
        {QString::fromUtf8("İĞŞÇÖÜ ığşçöü' --")},
    };
}

const QStringList kTables = {
    QStringLiteral("schema_version"), QStringLiteral("workspace_settings"),
    QStringLiteral("teams"),          QStringLiteral("agents"),
    QStringLiteral("agent_teams"),    QStringLiteral("users"),
    QStringLiteral("user_roles"),     QStringLiteral("calls"),
    QStringLiteral("audit_log"),
};

qint64 rows(Database& db, const QString& table)
{
    qint64 count = -1;
    INFO(table.toStdString());
    REQUIRE_NOTHROW(count =
                        db.scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong());
    return count;
}

QHash<QString, qint64> tableRows(Database& db)
{
    QHash<QString, qint64> counts;
    for (const QString& table : kTables)
        counts.insert(table, rows(db, table));
    return counts;
}

std::string shortly(const QString& text)
{
    QString shown = text.left(60);
    shown.replace(QChar(0), QStringLiteral("\\0"));
    return shown.toStdString();
}

RecordingProbe fakeProbe(const QString&)
{
    RecordingProbe probe;
    probe.ok = true;
    probe.format = QStringLiteral("wav");
    probe.codec = QStringLiteral("pcm_s16le");
    probe.sampleRate = 8000;
    probe.channels = 1;
    probe.durationMs = 1000;
    return probe;
}

} // namespace

TEST_CASE("injection: hostile text in every field that reaches a query is stored exactly and "
          "harms nothing",
          "[review][injection]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        Database& db = workspace->db();
        const auto admin = createFirstAdmin(*workspace, QStringLiteral("admin"),
                                            QStringLiteral("Admin"), QStringLiteral("pass1234"));
        REQUIRE(admin.ok());
        UserStore users(*workspace, admin.value());
        const QList<Hostile> cases = hostileTexts();
        QStringList hostile;
        for (const Hostile& c : cases)
            hostile << c.text;

        for (qsizetype i = 0; i < cases.size(); ++i) {
            const Hostile& c = cases.at(i);
            const QString& text = c.text;
            INFO(shortly(text));

            INFO("agent id, agent name and team name");
            const auto agent = saveAgent(*workspace, admin.value(), {text, text, text});
            if (c.agentRefusal) {
                REQUIRE_FALSE(agent.ok());
                CHECK(agent.error().contains(QString::fromUtf8(c.agentRefusal)));
            } else {
                INFO(agent.error().toStdString());
                REQUIRE(agent.ok());
                Directory directory(db);
                const auto found = directory.findAgent(text);
                REQUIRE(found.has_value());
                CHECK(found->id == agent.value());
                CHECK(found->externalId == text);
                CHECK(found->name == text);
                const auto team = directory.findTeam(text);
                REQUIRE(team.has_value());
                CHECK(team->name == text);
                CHECK(found->teamId == team->id);
            }

            INFO("a display name, with a plain login");
            const QString plainLogin = QStringLiteral("user%1").arg(i);
            const auto named = users.createUser(
                {plainLogin, text, {Role::Reviewer}, QStringLiteral("pass1234"), {}});
            if (c.displayNameRefusal) {
                REQUIRE_FALSE(named.ok());
                CHECK(named.error().contains(QString::fromUtf8(c.displayNameRefusal)));
                CHECK_FALSE(signIn(*workspace, plainLogin, QStringLiteral("pass1234")).ok());
            } else {
                INFO(named.error().toStdString());
                REQUIRE(named.ok());
                const auto actor = signIn(*workspace, plainLogin, QStringLiteral("pass1234"));
                REQUIRE(actor.ok());
                CHECK(actor->displayName == text);
            }

            INFO("a login, and a password made of the same text");
            const auto login =
                users.createUser({text, QStringLiteral("Name"), {Role::Coach}, text, {}});
            if (c.loginRefusal) {
                REQUIRE_FALSE(login.ok());
                CHECK(login.error().contains(QString::fromUtf8(c.loginRefusal)));
            } else {
                INFO(login.error().toStdString());
                REQUIRE(login.ok());
                const auto actor = signIn(*workspace, text, text);
                REQUIRE(actor.ok());
                CHECK(actor->login == text);
                CHECK(users.setRoles(text, {Role::Coach, Role::Reviewer}).ok());
                CHECK(users.setPassword(text, QStringLiteral("other-pass")).ok());
                CHECK(signIn(*workspace, text, QStringLiteral("other-pass")).ok());
                const auto listed = users.list();
                REQUIRE(listed.ok());
                CHECK(std::count_if(listed->begin(), listed->end(),
                                    [&](const UserInfo& user) { return user.login == text; }) == 1);
            }
            INFO("signing in with it as login or password is refused, never let in");
            CHECK_FALSE(signIn(*workspace, QStringLiteral("admin"), text).ok());
            CHECK_FALSE(
                signIn(*workspace, text + QStringLiteral("-x"), QStringLiteral("pass1234")).ok());

            INFO("call list and audit filters");
            CallFilter calls;
            calls.agentExternalId = text;
            calls.team = text;
            CHECK(listCalls(db, admin.value(), calls).ok());
            AuditFilter audit;
            audit.actor = text;
            audit.action = text;
            audit.entity = text;
            audit.entityId = text;
            const auto none = queryAudit(*workspace, admin.value(), audit);
            REQUIRE(none.ok());
            CHECK(none->isEmpty());
            AuditFilter byEntity;
            byEntity.entity = QStringLiteral("agent");
            byEntity.entityId = text;
            const auto saved = queryAudit(*workspace, admin.value(), byEntity);
            REQUIRE(saved.ok());
            CHECK(saved->size() == (c.agentRefusal ? 0 : 1));
        }

        INFO("manifest values: call id, agent, team, queue and metadata");
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("calls"));
        REQUIRE(QDir().mkpath(folder));
        QJsonArray manifest;
        for (qsizetype i = 0; i < hostile.size(); ++i) {
            const QString file = QStringLiteral("c%1.wav").arg(i);
            QFile recording(folder + QLatin1Char('/') + file);
            REQUIRE(recording.open(QIODevice::WriteOnly));
            recording.write("RIFF-not-really-" + QByteArray::number(i)); // the prober is faked
            recording.close();
            const QString& text = hostile.at(i);
            QJsonObject row;
            row.insert(QStringLiteral("file"), file);
            row.insert(QStringLiteral("call_id"), text);
            row.insert(QStringLiteral("agent_id"), QStringLiteral("m%1").arg(i));
            row.insert(QStringLiteral("agent_name"), text);
            row.insert(QStringLiteral("team"), text);
            row.insert(QStringLiteral("queue"), text);
            row.insert(QStringLiteral("meta.note"), text);
            manifest.append(row);
        }
        const QString manifestPath = dir.filePath(QStringLiteral("manifest.json"));
        QFile manifestFile(manifestPath);
        REQUIRE(manifestFile.open(QIODevice::WriteOnly));
        manifestFile.write(QJsonDocument(manifest).toJson());
        manifestFile.close();
        CallImporter importer(*workspace, fakeProbe);
        ImportOptions options;
        options.folder = folder;
        options.manifestPath = manifestPath;
        options.actor = admin.value();
        const ImportReport report = importer.run(options);
        for (const ImportProblem& problem : report.problems)
            UNSCOPED_INFO(shortly(problem.file + QStringLiteral(": ") + problem.reason));
        INFO("only the NUL is refused, on both backends, as a problem of its file");
        CHECK(report.imported == hostile.size() - 1);
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().reason.contains(QStringLiteral("NUL")));
        for (const QString& text : hostile) {
            INFO(shortly(text));
            if (text.contains(QChar(0)))
                continue;
            QSqlQuery q =
                db.exec(QStringLiteral("SELECT c.queue, c.metadata, a.name, t.name FROM calls c "
                                       "JOIN agents a ON a.id = c.agent_id "
                                       "JOIN teams t ON t.id = c.team_id WHERE c.external_id = ?"),
                        {text});
            REQUIRE(q.next());
            CHECK(q.value(0).toString() == text);
            const QJsonObject metadata =
                QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            CHECK(metadata.value(QStringLiteral("note")).toString() == text);
            CHECK(q.value(2).toString() == text);
            CHECK(q.value(3).toString() == text);
        }

        INFO("every table is still there, with its rows; read-only queries changed nothing");
        const QHash<QString, qint64> before = tableRows(db);
        for (const QString& table : kTables) {
            INFO(table.toStdString());
            CHECK(before.value(table) > 0);
        }
        for (const QString& text : hostile) {
            AuditFilter audit;
            audit.action = text;
            REQUIRE(queryAudit(*workspace, admin.value(), audit).ok());
            CallFilter calls;
            calls.team = text;
            REQUIRE(listCalls(db, admin.value(), calls).ok());
        }
        CHECK(tableRows(db) == before);
        CHECK(rows(db, QStringLiteral("calls")) == report.imported);
    }
}
