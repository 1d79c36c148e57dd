#include "review/storage/migrations.h"

#include "review/audit/auditchainbackfill.h"
#include "review/calls/callsearchtext.h"
#include "review/storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initMigrationResources()
{
    Q_INIT_RESOURCE(review_migrations);
}

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::Migrations", text);
}

// Numbered SQL files in the review_migrations resource, applied in order.
const QStringList& migrationFiles()
{
    static const QStringList files = {
        QStringLiteral(":/migrations/0001_core.sql"),
        QStringLiteral(":/migrations/0002_checklists.sql"),
        QStringLiteral(":/migrations/0003_call_analysis.sql"),
        QStringLiteral(":/migrations/0004_evaluation_drafts.sql"),
        QStringLiteral(":/migrations/0005_review_queues.sql"),
        QStringLiteral(":/migrations/0006_agents_to_be_named.sql"),
        QStringLiteral(":/migrations/0007_library_indexes.sql"),
        QStringLiteral(":/migrations/0008_review_comments.sql"),
        QStringLiteral(":/migrations/0009_calibration.sql"),
        QStringLiteral(":/migrations/0010_talk_detector_version.sql"),
        QStringLiteral(":/migrations/0011_disputes.sql"),
        QStringLiteral(":/migrations/0012_goals_metrics.sql"),
        QStringLiteral(":/migrations/0013_coaching.sql"),
        QStringLiteral(":/migrations/0014_call_legs.sql"),
        QStringLiteral(":/migrations/0015_double_scoring.sql"),
        QStringLiteral(":/migrations/0016_audit_chain.sql"),
    };
    return files;
}

// The schema version that added calls.search_folded.
constexpr int kLibrarySearchVersion = 7;

// Advisory lock key for migrations: "callqa" in ASCII.
constexpr qint64 kMigrationLockKey = 0x63616c6c7161;

// A statement whose first line is "-- sqlite only" or "-- postgres only" runs on that backend
// alone: the few schema changes SQLite can only make by rebuilding a table.
bool runsOn(const QString& part, Backend backend)
{
    const QString first = part.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (first == QLatin1String("-- sqlite only"))
        return backend == Backend::Sqlite;
    if (first == QLatin1String("-- postgres only"))
        return backend == Backend::Postgres;
    return true;
}

QStringList statementsOf(const QString& script, Backend backend)
{
    QStringList statements;
    for (const QString& part : script.split(QRegularExpression(QStringLiteral(";\\s*\\n")))) {
        if (!runsOn(part, backend))
            continue;
        QString statement;
        for (const QString& line : part.split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QLatin1String("--")))
                statement += line + QLatin1Char('\n');
        }
        if (!statement.trimmed().isEmpty())
            statements << statement.trimmed();
    }
    return statements;
}

bool hasVersionTable(Database& db)
{
    const QString sql =
        db.backend() == Backend::Sqlite
            ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                             "'schema_version'")
            : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                             "current_schema() AND table_name = 'schema_version'");
    return db.scalar(sql).toLongLong() > 0;
}

int readVersion(Database& db)
{
    if (!hasVersionTable(db))
        return 0;
    return db.scalar(QStringLiteral("SELECT max(version) FROM schema_version")).toInt();
}

} // namespace

int migrationVersion(const QString& name)
{
    const QStringList& files = migrationFiles();
    for (qsizetype i = 0; i < files.size(); ++i)
        if (files.at(i).endsWith(QLatin1Char('/') + name + QStringLiteral(".sql")))
            return int(i) + 1;
    return 0;
}

int latestSchemaVersion()
{
    return int(migrationFiles().size());
}

Result<int> schemaVersion(Database& db)
{
    try {
        return readVersion(db);
    } catch (const DbError& error) {
        return Result<int>::failure(error.message());
    }
}

Status migrate(Database& db, int targetVersion)
{
    initMigrationResources();
    const bool postgres = db.backend() == Backend::Postgres;
    try {
        if (postgres)
            db.exec(QStringLiteral("SELECT pg_advisory_lock(?)"), {kMigrationLockKey});
        struct Unlock {
            Database& db;
            bool active;
            ~Unlock()
            {
                if (!active)
                    return;
                try {
                    db.exec(QStringLiteral("SELECT pg_advisory_unlock(?)"), {kMigrationLockKey});
                } catch (const DbError&) {
                    // the session ends with the connection; the lock goes with it
                }
            }
        } unlock{db, postgres};

        const int current = readVersion(db);
        const int latest = latestSchemaVersion();
        if (current > latest)
            return Status::failure(
                tr("This workspace has schema version %1, but this program knows only up to "
                   "version %2. Update callqa to open it.")
                    .arg(current)
                    .arg(latest));
        for (int version = current + 1; version <= std::min(targetVersion, latest); ++version) {
            QFile file(migrationFiles().at(version - 1));
            if (!file.open(QIODevice::ReadOnly))
                return Status::failure(tr("Missing migration %1.").arg(file.fileName()));
            const QString script =
                dialect::expandTokens(QString::fromUtf8(file.readAll()), db.backend());
            const Status step = db.transact([&] {
                // SQLite has no advisory lock: BEGIN IMMEDIATE serialises the steps, and a step
                // another process applied meanwhile is skipped here.
                if (readVersion(db) >= version)
                    return;
                for (const QString& statement : statementsOf(script, db.backend()))
                    db.exec(statement);
                // Folding is C++ (SQLite cannot fold Unicode): existing calls get their search
                // text in the same step.
                if (version == kLibrarySearchVersion)
                    backfillCallSearchText(db);
                // SQL cannot hash portably either: existing audit rows are chained in C++.
                if (version == migrationVersion(QStringLiteral("0016_audit_chain")))
                    buildAuditChain(db);
                if (version == 1)
                    db.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"),
                            {version});
                else
                    db.exec(QStringLiteral("UPDATE schema_version SET version = ?"), {version});
            });
            if (!step)
                return Status::failure(tr("Upgrading the workspace to schema version %1 failed: %2")
                                           .arg(version)
                                           .arg(step.error()));
        }
    } catch (const DbError& error) {
        return Status::failure(error.message());
    }
    return {};
}

} // namespace callqa::review
