#include "tests/team/teamsupport.h"

#include "review/storage/database.h"
#include "review/storage/location.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace callqa::testing {

std::unique_ptr<QProcess> startCallqa(const QStringList& args,
                                      const QHash<QString, QString>& extraEnv)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CALLQA_DB"));
    env.remove(QStringLiteral("CALLQA_RECORDINGS_ROOT"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        env.insert(it.key(), it.value());
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(CALLQA_BINARY), args);
    REQUIRE(process->waitForStarted());
    return process;
}

Run finish(QProcess& process)
{
    // An event loop run by the caller may already have seen it finish.
    if (process.state() != QProcess::NotRunning)
        REQUIRE(process.waitForFinished(300000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run runCallqa(const QStringList& args, const QHash<QString, QString>& extraEnv)
{
    auto process = startCallqa(args, extraEnv);
    return finish(*process);
}

void writeTinyWav(const QString& path, quint32 seed)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const quint32 samples = 800;
    QByteArray data(int(samples * 2), '\0');
    quint32 state = seed * 2654435761u + 12345u;
    for (quint32 i = 0; i < samples; ++i) {
        state = state * 1103515245u + 12345u;
        qToLittleEndian<qint16>(qint16(int((state >> 16) % 2000) - 1000), data.data() + 2 * i);
    }
    QByteArray wav;
    const auto u32 = [&](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        wav.append(b, 4);
    };
    const auto u16 = [&](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        wav.append(b, 2);
    };
    wav.append("RIFF");
    u32(36 + quint32(data.size()));
    wav.append("WAVEfmt ");
    u32(16);
    u16(1);
    u16(1);
    u32(8000);
    u32(16000);
    u16(2);
    u16(16);
    wav.append("data");
    u32(quint32(data.size()));
    wav.append(data);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(wav) == wav.size());
}

QVariant queryValue(const QString& location, const QString& sql, const QVariantList& binds)
{
    const auto parsed = review::parseLocation(location);
    REQUIRE(parsed.ok());
    auto db = review::Database::open(parsed.value());
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    QVariant value;
    REQUIRE_NOTHROW(value = db.value()->scalar(sql, binds));
    return value;
}

ThrowawayCluster::ThrowawayCluster()
{
    REQUIRE(m_dir.isValid());
    m_state = m_dir.filePath(QStringLiteral("cluster.state"));
    script({QStringLiteral("start"), m_state});
    QFile state(m_state);
    REQUIRE(state.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = state.readAll().split('\n');
    REQUIRE(lines.size() >= 2);
    m_socketDir = QString::fromUtf8(lines.at(0)).trimmed();
    m_adminUrl = QString::fromUtf8(lines.at(1)).trimmed();
}

ThrowawayCluster::~ThrowawayCluster()
{
    QProcess::execute(QStringLiteral(CALLQA_SOURCE_DIR "/scripts/pg-cluster.sh"),
                      {QStringLiteral("stop"), m_state});
}

void ThrowawayCluster::script(const QStringList& args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(CALLQA_SOURCE_DIR "/scripts/pg-cluster.sh"), args);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(120000));
    INFO(QString::fromLocal8Bit(process.readAll()).toStdString());
    REQUIRE(process.exitCode() == 0);
}

void ThrowawayCluster::admin(const QString& sql)
{
    const auto parsed = review::parseLocation(m_adminUrl);
    REQUIRE(parsed.ok());
    auto db = review::Database::open(parsed.value());
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    REQUIRE_NOTHROW(db.value()->exec(sql));
}

void ThrowawayCluster::adminOn(const QString& database, const QString& sql)
{
    QString url = m_adminUrl;
    const auto parsed = review::parseLocation(
        url.replace(QStringLiteral("/postgres?"), QLatin1Char('/') + database + QLatin1Char('?')));
    REQUIRE(parsed.ok());
    auto db = review::Database::open(parsed.value());
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    REQUIRE_NOTHROW(db.value()->exec(sql));
}

QString ThrowawayCluster::createDatabase(const QString& name)
{
    admin(QStringLiteral("CREATE DATABASE ") + name);
    QString url = m_adminUrl;
    return url.replace(QStringLiteral("/postgres?"), QLatin1Char('/') + name + QLatin1Char('?'));
}

void ThrowawayCluster::halt()
{
    script({QStringLiteral("halt"), m_state});
}
void ThrowawayCluster::resume()
{
    script({QStringLiteral("resume"), m_state});
}
void ThrowawayCluster::prependHba(const QString& line)
{
    script({QStringLiteral("hba"), m_state, line});
}

} // namespace callqa::testing
