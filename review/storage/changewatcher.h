#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace callqa::review {

class Database;

// Tells a workstation that another connection (another workstation, a CLI run) changed the
// workspace, so lists can refresh by themselves. PostgreSQL: LISTEN on the library's change
// channel through QSqlDriver notifications; the payload is the topic ("calls", ...). SQLite: polls
// `PRAGMA data_version` on a timer (a cheap counter that moves on every commit by another
// connection); the topic is then "any". Bursts are coalesced: at most one changed() per topic per
// interval. Needs the event loop of the database's thread.
class ChangeWatcher : public QObject {
    Q_OBJECT
public:
    explicit ChangeWatcher(Database& db, QObject* parent = nullptr, int intervalMs = 500);
    ~ChangeWatcher() override;

    // False when the backend cannot deliver changes (the reason is in error()).
    bool isActive() const { return m_active; }
    const QString& error() const { return m_error; }

    // True when `topic` from changed() concerns `interest` (same topic, or "any").
    static bool concerns(const QString& topic, const QString& interest);

Q_SIGNALS:
    void changed(const QString& topic);

private:
    void poll();
    void queue(const QString& topic);
    void flush();

    Database& m_db;
    QTimer m_pollTimer;
    QTimer m_flushTimer;
    QSet<QString> m_pending;
    qint64 m_dataVersion = -1;
    bool m_active = false;
    QString m_error;
};

} // namespace callqa::review
