#include "review/storage/changewatcher.h"

#include "review/storage/changenotice.h"
#include "review/storage/database.h"

#include <QSqlDriver>
#include <QSqlError>

namespace callqa::review {

namespace {
const QString kAny = QStringLiteral("any");
} // namespace

ChangeWatcher::ChangeWatcher(Database& db, QObject* parent, int intervalMs)
    : QObject(parent), m_db(db)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(std::max(10, intervalMs / 5));
    connect(&m_flushTimer, &QTimer::timeout, this, &ChangeWatcher::flush);
    if (db.backend() == Backend::Postgres) {
        QSqlDriver* driver = db.connection().driver();
        const QString channel = QString::fromLatin1(kChangeChannel);
        if (driver && driver->subscribeToNotification(channel)) {
            connect(driver, &QSqlDriver::notification, this,
                    [this, channel](const QString& name, QSqlDriver::NotificationSource,
                                    const QVariant& payload) {
                        if (name == channel)
                            queue(payload.toString().isEmpty() ? kAny : payload.toString());
                    });
            m_active = true;
        } else {
            m_error =
                driver ? driver->lastError().text() : tr("The workspace connection has no driver.");
        }
        return;
    }
    try {
        m_dataVersion = db.scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
        m_active = true;
    } catch (const DbError& error) {
        m_error = error.message();
        return;
    }
    m_pollTimer.setInterval(intervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_pollTimer.start();
}

ChangeWatcher::~ChangeWatcher()
{
    if (m_db.backend() != Backend::Postgres || !m_active)
        return;
    if (QSqlDriver* driver = m_db.connection().driver())
        driver->unsubscribeFromNotification(QString::fromLatin1(kChangeChannel));
}

bool ChangeWatcher::concerns(const QString& topic, const QString& interest)
{
    return topic == interest || topic == kAny;
}

void ChangeWatcher::poll()
{
    if (m_db.inTransaction())
        return; // our own write in progress: look again on the next tick
    try {
        const qint64 version = m_db.scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
        if (version != m_dataVersion) {
            m_dataVersion = version;
            queue(kAny);
        }
    } catch (const DbError&) {
        // a busy or vanished file: the next tick tries again
    }
}

void ChangeWatcher::queue(const QString& topic)
{
    m_pending.insert(topic);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ChangeWatcher::flush()
{
    const QSet<QString> topics = std::exchange(m_pending, {});
    if (topics.contains(kAny)) {
        Q_EMIT changed(kAny);
        return;
    }
    for (const QString& topic : topics)
        Q_EMIT changed(topic);
}

} // namespace callqa::review
