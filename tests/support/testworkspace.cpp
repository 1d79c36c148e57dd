#include "tests/support/testworkspace.h"

#include "review/auth/signin.h"
#include "review/auth/userstore.h"

#include "checklists/defaultchecklist.h"

#include "review/agents/directory.h"
#include "review/calls/callsearchtext.h"
#include "review/storage/database.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QStringList>
#include <QUuid>

#include <algorithm>

namespace callqa::testing {

QString backendName(review::Backend backend)
{
    return backend == review::Backend::Sqlite ? QStringLiteral("sqlite")
                                              : QStringLiteral("postgres");
}

QString postgresAdminUrl()
{
    const QByteArray stateFile = qgetenv("CALLQA_TEST_PG_STATE");
    INFO("CALLQA_TEST_PG_STATE names the file scripts/pg-cluster.sh wrote; run the tests through "
         "ctest so the `pg` fixture starts the throwaway PostgreSQL cluster");
    REQUIRE_FALSE(stateFile.isEmpty());
    QFile file(QString::fromLocal8Bit(stateFile));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    REQUIRE(lines.size() >= 2);
    return QString::fromUtf8(lines.at(1)).trimmed();
}

namespace {

QString withDatabase(const QString& adminUrl, const QString& database)
{
    QString url = adminUrl;
    return url.replace(QStringLiteral("/postgres?"),
                       QLatin1Char('/') + database + QLatin1Char('?'));
}

void runAdmin(const QString& sql)
{
    const auto location = review::parseLocation(postgresAdminUrl());
    REQUIRE(location.ok());
    auto db = review::Database::open(location.value());
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    REQUIRE_NOTHROW(db.value()->exec(sql));
}

} // namespace

TestLocation::TestLocation(review::Backend backend) : m_backend(backend)
{
    REQUIRE(m_dir.isValid());
    if (backend == review::Backend::Sqlite) {
        m_url = m_dir.filePath(QStringLiteral("workspace.db"));
        return;
    }
    m_database = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    runAdmin(QStringLiteral("CREATE DATABASE ") + m_database +
             QStringLiteral(" STRATEGY FILE_COPY"));
    m_url = withDatabase(postgresAdminUrl(), m_database);
}

TestLocation::~TestLocation()
{
    if (m_database.isEmpty())
        return;
    try {
        const auto location = review::parseLocation(postgresAdminUrl());
        if (!location)
            return;
        auto db = review::Database::open(location.value());
        if (db)
            db.value()->exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_database +
                             QStringLiteral(" WITH (FORCE)"));
    } catch (...) {
        // the cluster is thrown away at the end of the run anyway
    }
}

std::unique_ptr<review::Workspace> openWorkspace(const TestLocation& location)
{
    auto workspace = review::Workspace::open(location.url(), review::OpenMode::Create);
    INFO(workspace.error().toStdString());
    REQUIRE(workspace.ok());
    return std::move(workspace).value();
}

review::Actor addReviewer(review::Workspace& workspace, const QString& login, review::Role role)
{
    review::UserStore users(workspace, review::Actor::owner());
    review::NewUser user{login, login, {role}, login + QStringLiteral("-pass"), {}};
    auto created = users.createUser(user);
    if (!created) {
        user.roles << review::Role::Admin;
        created = users.createFirstUser(user);
    }
    INFO(created.error().toStdString());
    REQUIRE(created.ok());
    review::Actor actor;
    actor.userId = created.value();
    actor.login = login;
    actor.roles = user.roles;
    return actor;
}

review::Actor addAgentUser(review::Workspace& workspace, const QString& login,
                           const QString& agentExternalId)
{
    const auto created = review::UserStore(workspace, review::Actor::owner())
                             .createUser({login,
                                          login,
                                          {review::Role::Agent},
                                          login + QStringLiteral("-pass"),
                                          agentExternalId});
    INFO(created.error().toStdString());
    REQUIRE(created.ok());
    auto actor = review::signIn(workspace, login, login + QStringLiteral("-pass"));
    INFO(actor.error().toStdString());
    REQUIRE(actor.ok());
    return actor.value();
}

qint64 addTestCall(review::Workspace& workspace, const QString& agentExternalId)
{
    review::Database& db = workspace.db();
    qint64 callId = 0;
    const review::Status status = db.transact([&] {
        const qint64 agentId =
            review::Directory(db).ensureAgent(agentExternalId, agentExternalId, workspace.now());
        const qint64 serial = db.scalar(QStringLiteral("SELECT count(*) FROM calls")).toLongLong();
        const QString name = QStringLiteral("call-%1-%2.wav").arg(agentExternalId).arg(serial);
        callId = db.insert(
            QStringLiteral("INSERT INTO calls (content_sha256, relative_path, file_size, format, "
                           "codec, sample_rate, channels, duration_ms, agent_id, started_at, "
                           "imported_at) VALUES (?, ?, 1000, 'wav', 'pcm_s16le', 8000, 2, 60000, "
                           "?, ?, ?) RETURNING id"),
            {QString::fromLatin1(
                 QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex()),
             name, agentId, workspace.now(), workspace.now()});
    });
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
    return callId;
}

void addTestCalls(review::Workspace& workspace, int count, const QString& prefix)
{
    review::Database& db = workspace.db();
    constexpr int kRowsPerStatement = 500;
    const review::Status status = db.transact([&] {
        for (int first = 1; first <= count; first += kRowsPerStatement) {
            const int last = std::min(count, first + kRowsPerStatement - 1);
            QStringList rows;
            QVariantList binds;
            for (int n = first; n <= last; ++n) {
                const QString externalId = prefix + QString::number(n);
                rows << QStringLiteral(
                    "(?, ?, ?, 1000, 'wav', 'pcm_s16le', 8000, 2, 60000, ?, ?, ?)");
                binds << externalId
                      << QString::fromLatin1(QCryptographicHash::hash(externalId.toUtf8(),
                                                                      QCryptographicHash::Sha256)
                                                 .toHex())
                      << QString(externalId + QStringLiteral(".wav")) << qint64(n) * 1000
                      << workspace.now() << review::callSearchText(externalId, {}, {});
            }
            db.exec(QStringLiteral("INSERT INTO calls (external_id, content_sha256, relative_path, "
                                   "file_size, format, codec, sample_rate, channels, duration_ms, "
                                   "started_at, imported_at, search_folded) VALUES ") +
                        rows.join(QStringLiteral(", ")),
                    binds);
        }
    });
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
}

review::ChecklistVersion publishDefaultChecklist(review::Workspace& workspace)
{
    review::ChecklistStore store(workspace, review::Actor::owner());
    REQUIRE(store.saveDraft(checklists::defaultChecklist()).ok());
    auto published = store.publish(checklists::defaultChecklist().key);
    REQUIRE(published.ok());
    return std::move(published).value();
}

} // namespace callqa::testing
