// Load on one workspace: N concurrent processes each import their share of small generated
// recordings through the library's own write path (probe + hash + one transaction per file that
// writes the call and its audit row), on a SQLite file and on a PostgreSQL server.
//   bench_load [--processes 50] [--rows 10000] [--backend sqlite|postgres|both] [--pg-url URL]
// Without --pg-url it uses the cluster named by $CALLQA_TEST_PG_STATE, else starts its own with
// scripts/pg-cluster.sh. Afterwards it checks every write is there exactly once with one audit row,
// and prints throughput and p50/p99 write latency. Exit code 1 when a check fails.
#include "app/audioprober.h"
#include "app/demo/wavfile.h"
#include "review/callimporter.h"
#include "review/storage/database.h"
#include "review/storage/location.h"
#include "review/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>

namespace {

using callqa::review::Workspace;

QString argument(const QStringList& args, const QString& name, const QString& fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

// Worker: imports one folder, writes one latency (ms, per file) per line to --out.
int runWorker(const QStringList& args)
{
    auto workspace = Workspace::open(argument(args, QStringLiteral("--db")));
    if (!workspace) {
        std::fprintf(stderr, "worker: %s\n", qPrintable(workspace.error()));
        return 1;
    }
    callqa::review::CallImporter importer(*workspace.value(), callqa::app::probeRecording);
    callqa::review::ImportOptions options;
    options.folder = argument(args, QStringLiteral("--folder"));
    options.recordingsRoot = argument(args, QStringLiteral("--root"));
    options.actor = callqa::review::Actor::owner();
    QList<double> latencies;
    QElapsedTimer timer;
    timer.start();
    qint64 last = 0;
    const callqa::review::ImportReport report =
        importer.run(options, [&](const callqa::review::ImportProgress&) {
            const qint64 now = timer.nsecsElapsed();
            latencies << double(now - last) / 1e6;
            last = now;
        });
    QFile out(argument(args, QStringLiteral("--out")));
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    QTextStream stream(&out);
    for (double ms : std::as_const(latencies))
        stream << QString::number(ms, 'f', 3) << '\n';
    for (const auto& problem : report.problems)
        std::fprintf(stderr, "worker: %s: %s\n", qPrintable(problem.file),
                     qPrintable(problem.reason));
    return report.ok() ? 0 : 1;
}

void writeTinyWav(const QString& path, quint32 seed)
{
    QByteArray data(800, '\0');
    std::mt19937 random(seed);
    for (char& c : data)
        c = char(0x70 + random() % 32);
    callqa::app::writeWavFile(path, data, 7, 1, 8000, 8);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index =
        std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

qint64 count(Workspace& workspace, const QString& sql)
{
    return workspace.db().scalar(sql).toLongLong();
}

// One run on one workspace location; returns false when a check fails.
bool runLoad(const QString& label, const QString& location, int processes, int rows,
             const QString& scratch)
{
    auto workspace = Workspace::open(location);
    if (!workspace) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(label), qPrintable(workspace.error()));
        return false;
    }
    const QString root = scratch + QStringLiteral("/") + label;
    for (int p = 0; p < processes; ++p) {
        const QString folder = QStringLiteral("%1/p%2").arg(root).arg(p);
        QDir().mkpath(folder);
        for (int i = p; i < rows; i += processes)
            writeTinyWav(QStringLiteral("%1/r%2.wav").arg(folder).arg(i), quint32(i));
    }
    std::vector<std::unique_ptr<QProcess>> workers;
    QElapsedTimer wall;
    wall.start();
    for (int p = 0; p < processes; ++p) {
        auto worker = std::make_unique<QProcess>();
        worker->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        worker->start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--worker"), QStringLiteral("--db"), location,
                       QStringLiteral("--folder"), QStringLiteral("%1/p%2").arg(root).arg(p),
                       QStringLiteral("--root"), root, QStringLiteral("--out"),
                       QStringLiteral("%1/p%2.lat").arg(root).arg(p)});
        workers.push_back(std::move(worker));
    }
    bool workersOk = true;
    for (auto& worker : workers) {
        worker->waitForFinished(-1);
        workersOk =
            workersOk && worker->exitStatus() == QProcess::NormalExit && worker->exitCode() == 0;
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    QList<double> latencies;
    for (int p = 0; p < processes; ++p) {
        QFile file(QStringLiteral("%1/p%2.lat").arg(root).arg(p));
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : file.readAll().split('\n')) {
                if (!line.isEmpty())
                    latencies << line.toDouble();
            }
        }
    }
    Workspace& ws = *workspace.value();
    const qint64 calls = count(ws, QStringLiteral("SELECT count(*) FROM calls"));
    const qint64 distinct =
        count(ws, QStringLiteral("SELECT count(DISTINCT content_sha256) FROM calls"));
    const qint64 audits =
        count(ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'call.import'"));
    const qint64 unmatched = count(
        ws, QStringLiteral("SELECT count(*) FROM calls c WHERE (SELECT count(*) FROM audit_log l "
                           "WHERE l.action = 'call.import' AND l.entity_id = CAST(c.id AS TEXT)) "
                           "<> 1"));
    const bool ok = workersOk && calls == rows && distinct == rows && audits == rows &&
                    unmatched == 0 && latencies.size() == rows;
    std::printf("%-8s %d processes, %d writes in %.2f s: %.0f writes/s; latency per write "
                "p50 %.1f ms, p99 %.1f ms; calls %lld, audit rows %lld, unmatched %lld: %s\n",
                qPrintable(label), processes, rows, seconds, double(rows) / seconds,
                percentile(latencies, 0.50), percentile(latencies, 0.99), calls, audits, unmatched,
                ok ? "ok" : "FAILED");
    std::fflush(stdout);
    return ok;
}

// The server to use: --pg-url, the ctest cluster, or one started here (stopped on exit).
class Server {
public:
    explicit Server(const QStringList& args, const QString& scratch)
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
    ~Server()
    {
        if (!m_ownState.isEmpty())
            QProcess::execute(QStringLiteral(CALLQA_SOURCE_DIR "/scripts/pg-cluster.sh"),
                              {QStringLiteral("stop"), m_ownState});
    }
    // A fresh database on the server.
    QString freshDatabase()
    {
        if (m_url.isEmpty())
            return {};
        const auto location = callqa::review::parseLocation(m_url);
        if (!location)
            return {};
        auto admin = callqa::review::Database::open(location.value()); // not migrated: admin only
        const QString name =
            QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (!admin)
            return {};
        try {
            admin.value()->exec(QStringLiteral("CREATE DATABASE ") + name);
        } catch (const callqa::review::DbError& error) {
            std::fprintf(stderr, "postgres: %s\n", qPrintable(error.message()));
            return {};
        }
        const qsizetype slash =
            m_url.indexOf(QLatin1Char('/'), m_url.indexOf(QLatin1String("://")) + 3);
        const qsizetype query = m_url.indexOf(QLatin1Char('?'));
        return m_url.left(slash + 1) + name + (query >= 0 ? m_url.mid(query) : QString());
    }

private:
    QString m_url;
    QString m_ownState;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--worker")))
        return runWorker(args);
    const int processes =
        std::max(1, argument(args, QStringLiteral("--processes"), QStringLiteral("50")).toInt());
    const int rows = std::max(
        processes, argument(args, QStringLiteral("--rows"), QStringLiteral("10000")).toInt());
    const QString backend = argument(args, QStringLiteral("--backend"), QStringLiteral("both"));
    QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/callqa-bench-XXXXXX"));
    if (!scratch.isValid())
        return 1;
    bool ok = true;
    if (backend != QLatin1String("postgres"))
        ok = runLoad(QStringLiteral("sqlite"), scratch.filePath(QStringLiteral("load.db")),
                     processes, rows, scratch.path()) &&
             ok;
    if (backend != QLatin1String("sqlite")) {
        Server server(args, scratch.path());
        const QString url = server.freshDatabase();
        if (url.isEmpty()) {
            std::fprintf(stderr, "postgres: no server (give --pg-url or install postgresql)\n");
            return 1;
        }
        ok = runLoad(QStringLiteral("postgres"), url, processes, rows, scratch.path()) && ok;
    }
    return ok ? 0 : 1;
}
