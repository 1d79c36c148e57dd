#include "bench/support/benchserver.h"

#include "review/storage/database.h"
#include "review/storage/location.h"

#include <QFile>
#include <QProcess>
#include <QUuid>

#include <cstdio>

namespace callqa::bench {

QString argument(const QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

BenchServer::BenchServer(const QStringList& args, const QString& scratch)
{
    m_url = argument(args, QStringLiteral("--pg-url"));
    if (!m_url.isEmpty())
        return;
    QString state = QString::fromLocal8Bit(qgetenv("CALLQA_TEST_PG_STATE"));
    if (state.isEmpty() || !QFile::exists(state)) {
        m_ownState = scratch + QStringLiteral("/cluster.state");
        state = m_ownState;
        if (QProcess::execute(QStringLiteral(CALLQA_SOURCE_DIR "/scripts/pg-cluster.sh"),
                              {QStringLiteral("start"), state}) != 0)
            return;
    }
    QFile file(state);
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = file.readAll().split('\n');
        if (lines.size() >= 2)
            m_url = QString::fromUtf8(lines.at(1)).trimmed();
    }
}

BenchServer::~BenchServer()
{
    if (!m_ownState.isEmpty())
        QProcess::execute(QStringLiteral(CALLQA_SOURCE_DIR "/scripts/pg-cluster.sh"),
                          {QStringLiteral("stop"), m_ownState});
}

QString BenchServer::freshDatabase()
{
    if (m_url.isEmpty())
        return {};
    const auto location = review::parseLocation(m_url);
    if (!location)
        return {};
    auto admin = review::Database::open(location.value()); // not migrated: admin only
    if (!admin)
        return {};
    const QString name =
        QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    try {
        admin.value()->exec(QStringLiteral("CREATE DATABASE ") + name);
    } catch (const review::DbError& error) {
        std::fprintf(stderr, "postgres: %s\n", qPrintable(error.message()));
        return {};
    }
    const qsizetype slash =
        m_url.indexOf(QLatin1Char('/'), m_url.indexOf(QLatin1String("://")) + 3);
    const qsizetype query = m_url.indexOf(QLatin1Char('?'));
    return m_url.left(slash + 1) + name + (query >= 0 ? m_url.mid(query) : QString());
}

} // namespace callqa::bench
