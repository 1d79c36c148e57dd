#include "review/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUuid>

namespace callqa::review {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::Database", text);
}
} // namespace

DbError::DbError(QString message, QString nativeCode, bool retryable, bool connectionLost)
    : std::runtime_error(message.toStdString()), m_message(std::move(message)),
      m_nativeCode(std::move(nativeCode)), m_retryable(retryable), m_connectionLost(connectionLost)
{
}

Database::Database(const Location& location, QString connectionName)
    : m_location(location), m_backend(location.backend), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const Location& location, Access access)
{
    const bool readOnly = access == Access::ReadOnly;
    using R = Result<std::unique_ptr<Database>>;
    const QString name = QStringLiteral("callqa-") + QUuid::createUuid().toString(QUuid::Id128);
    const bool sqlite = location.backend == Backend::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return R::failure(tr("The Qt SQL driver %1 is not installed.").arg(driver));

    std::unique_ptr<Database> database(new Database(location, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    if (sqlite) {
        const QFileInfo file(location.filePath);
        if (!readOnly && !QDir().mkpath(file.absolutePath()))
            return R::failure(tr("Cannot create the folder %1.").arg(file.absolutePath()));
        db.setDatabaseName(location.filePath);
        db.setConnectOptions(readOnly
                                 ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                 : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=callqa"));
    }
    if (!db.open()) {
        QString message = db.lastError().text();
        if (!location.password.isEmpty())
            message.replace(location.password, QStringLiteral("****"));
        return R::failure(
            tr("Cannot open the workspace %1: %2").arg(location.displayName(), message));
    }
    try {
        if (sqlite && readOnly) {
            database->exec(QStringLiteral("PRAGMA query_only = ON"));
        } else if (sqlite) {
            database->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            const QString mode =
                database->scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString();
            if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                return R::failure(
                    tr("Cannot switch %1 to write-ahead logging.").arg(location.filePath));
            database->exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        } else {
            database->exec(QStringLiteral("SET client_min_messages = warning"));
            database->exec(QStringLiteral("SET TIME ZONE 'UTC'"));
            if (readOnly)
                database->exec(QStringLiteral("SET default_transaction_read_only = on"));
        }
    } catch (const DbError& error) {
        return R::failure(
            tr("Cannot prepare the workspace %1: %2").arg(location.displayName(), error.message()));
    }
    return R(std::move(database));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::fail(const QSqlError& error, const QString& sql)
{
    const QString code = error.nativeErrorCode();
    QString text = error.text();
    if (!m_location.password.isEmpty())
        text.replace(m_location.password, QStringLiteral("****"));
    Q_UNUSED(sql);
    m_lastErrorCode = code;
    // After a fatal error QPSQL closes the handle; later statements fail with an empty message.
    const bool closed = !connection().isOpen();
    if (closed && text.trimmed().isEmpty())
        text = tr("The connection to the workspace %1 is closed.").arg(m_location.displayName());
    m_lastErrorLostConnection = closed || dialect::isConnectionLost(m_backend, code, text);
    throw DbError(text, code, dialect::isRetryable(m_backend, code), m_lastErrorLostConnection);
}

QSqlQuery Database::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // PostgreSQL cannot PREPARE transaction control or SET: statements without parameters run
    // directly.
    if (binds.isEmpty()) {
        if (!query.exec(sql))
            fail(query.lastError(), sql);
        return query;
    }
    if (!query.prepare(sql))
        fail(query.lastError(), sql);
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec())
        fail(query.lastError(), sql);
    return query;
}

QVariant Database::scalar(const QString& sql, const QVariantList& binds)
{
    QSqlQuery query = exec(sql, binds);
    QVariant value;
    if (query.next())
        value = query.value(0);
    // Drain: an open SQLite statement keeps its lock.
    while (query.next()) {
    }
    query.finish();
    return value;
}

qint64 Database::insert(const QString& sql, const QVariantList& binds)
{
    const QVariant id = scalar(sql, binds);
    if (!id.isValid())
        throw DbError(tr("An insert returned no id."), QString(), false, false);
    return id.toLongLong();
}

bool Database::hasAuditChainHead()
{
    // Outside a transaction: a query inside one would take its snapshot. Once there, it stays.
    if (!m_hasAuditChainHead)
        m_hasAuditChainHead =
            scalar(QStringLiteral("SELECT to_regclass('audit_chain_head') IS NOT NULL")).toBool();
    return m_hasAuditChainHead;
}

Status Database::transact(const std::function<void()>& body, const TransactOptions& options)
{
    const int attempts = options.attempts;
    const bool retryUniqueViolation = options.retryUniqueViolation;
    if (m_inTransaction) {
        body(); // nested: part of the enclosing transaction
        return {};
    }
    QString lastError;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        QSqlDatabase db = connection();
        bool begun = false;
        try {
            // Every write appends to the audit hash chain, whose head a SERIALIZABLE transaction
            // must read as committed: it takes the head's lock before its snapshot (LOCK TABLE
            // takes none; the next statement does), instead of waiting for the lock and then
            // failing with 40001 and retrying (review/audit/auditchainhead.cpp).
            const bool lockChain = m_backend == Backend::Postgres &&
                                   options.isolation == Isolation::Serializable &&
                                   hasAuditChainHead();
            exec(m_backend == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                 : options.isolation == Isolation::Serializable
                     ? QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE")
                     : QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"));
            begun = true;
            if (lockChain)
                exec(QStringLiteral("LOCK TABLE audit_chain_head IN EXCLUSIVE MODE"));
            m_inTransaction = true;
            body();
            m_inTransaction = false;
            exec(QStringLiteral("COMMIT"));
            return {};
        } catch (const DbError& error) {
            m_inTransaction = false;
            if (begun) {
                QSqlQuery rollback(db);
                rollback.exec(QStringLiteral("ROLLBACK"));
            }
            lastError = error.message();
            const bool retry =
                error.retryable() ||
                (retryUniqueViolation && dialect::isUniqueViolation(m_backend, error.nativeCode()));
            if (!retry || attempt == attempts)
                return Status::failure(error.message());
            // Back off with jitter so competing writers do not retry in lock step.
            QThread::msleep(5 * attempt + QRandomGenerator::global()->bounded(10 * attempt));
        } catch (...) {
            m_inTransaction = false;
            if (begun) {
                QSqlQuery rollback(db);
                rollback.exec(QStringLiteral("ROLLBACK"));
            }
            throw;
        }
    }
    return Status::failure(lastError);
}

} // namespace callqa::review
