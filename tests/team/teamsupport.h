#pragma once

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>

namespace callqa::testing {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Starts the real `callqa` binary (CALLQA_BINARY) with a neutral environment; the caller waits.
std::unique_ptr<QProcess> startCallqa(const QStringList& args,
                                      const QHash<QString, QString>& extraEnv = {});
// Waits for a started process (generous time-out for sanitizer builds) and collects its output.
Run finish(QProcess& process);
Run runCallqa(const QStringList& args, const QHash<QString, QString>& extraEnv = {});

// A tiny distinct WAV recording (16-bit mono 8 kHz, 0.1 s); `seed` makes the content unique.
void writeTinyWav(const QString& path, quint32 seed);

// One value from an SQL query on a workspace (file or URL); REQUIREs success.
QVariant queryValue(const QString& location, const QString& sql, const QVariantList& binds = {});

// A second, private PostgreSQL cluster started by the test itself with scripts/pg-cluster.sh (own
// folder, own socket), so it can be stopped and restarted without disturbing the shared fixture.
class ThrowawayCluster {
public:
    ThrowawayCluster();
    ~ThrowawayCluster();
    QString adminUrl() const { return m_adminUrl; }
    QString socketDir() const { return m_socketDir; }
    // Creates a database and returns its URL (as the trusted superuser).
    QString createDatabase(const QString& name);
    void halt();
    void resume();
    void prependHba(const QString& line);
    void admin(const QString& sql);
    void adminOn(const QString& database, const QString& sql);

private:
    void script(const QStringList& args);
    QTemporaryDir m_dir;
    QString m_state;
    QString m_adminUrl;
    QString m_socketDir;
};

} // namespace callqa::testing
