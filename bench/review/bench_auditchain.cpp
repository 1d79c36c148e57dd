// Cost of the audit hash chain under concurrent writers. N threads, each with its own connection
// to one workspace, run M audited changes each (a workspace setting upserted and its audit row,
// one Database::transact), first with the program's appendAudit (head locked, row hashed and
// linked), then with the statement appendAudit ran before the chain (a plain INSERT). Prints
// throughput, retries (bodies run more than once) and failed transactions of both, and the
// ratio; then verifies the chain. On SQLite and PostgreSQL (SERIALIZABLE and READ COMMITTED).
//   bench_auditchain [--threads 4] [--changes 200] [--backend sqlite|postgres|both] [--pg-url URL]
// Exit code 1 when a transaction failed or the chain does not verify.
#include "bench/support/benchserver.h"
#include "review/audit/auditchainreader.h"
#include "review/audit/auditlog.h"
#include "review/storage/database.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <atomic>
#include <cstdio>
#include <functional>
#include <thread>
#include <vector>

namespace {

using callqa::bench::argument;
using namespace callqa::review;

struct Outcome {
    double seconds = 0;
    qint64 commits = 0;
    qint64 retries = 0;
    qint64 failures = 0;
};

void plainAudit(Database& db, qint64 atMs, const AuditEntry& entry)
{
    db.exec(
        QStringLiteral("INSERT INTO audit_log (at_ms, actor, action, entity, entity_id, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {atMs, entry.actor, entry.action, entry.entity, entry.entityId,
         QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact))});
}

Outcome run(const QString& location, int threads, int changes, bool chained, Isolation isolation)
{
    std::atomic<qint64> commits{0}, bodies{0}, failures{0};
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    QElapsedTimer timer;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            auto opened = Workspace::open(location, OpenMode::Existing);
            ++ready;
            if (!opened) {
                std::fprintf(stderr, "open: %s\n", qPrintable(opened.error()));
                failures += changes;
                return;
            }
            Database& db = opened.value()->db();
            while (!go.load())
                std::this_thread::yield();
            const QString key = QStringLiteral("bench.writer.%1").arg(t);
            TransactOptions options;
            options.isolation = isolation;
            for (int i = 0; i < changes; ++i) {
                const AuditEntry entry{QStringLiteral("bench"), QStringLiteral("bench.change"),
                                       QStringLiteral("workspace_setting"), key,
                                       QJsonObject{{QStringLiteral("n"), i}}};
                const Status status = db.transact(
                    [&] {
                        ++bodies;
                        db.exec(QStringLiteral("INSERT INTO workspace_settings (key, value) "
                                               "VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                                               "value = excluded.value"),
                                {key, QString::number(i)});
                        if (chained)
                            appendAudit(db, 1767225600000 + i, entry);
                        else
                            plainAudit(db, 1767225600000 + i, entry);
                    },
                    options);
                if (status)
                    ++commits;
                else {
                    ++failures;
                    std::fprintf(stderr, "transaction failed: %s\n", qPrintable(status.error()));
                }
            }
        });
    }
    while (ready.load() < threads)
        std::this_thread::yield();
    timer.start();
    go = true;
    for (std::thread& worker : workers)
        worker.join();
    Outcome outcome;
    outcome.seconds = timer.nsecsElapsed() / 1e9;
    outcome.commits = commits;
    outcome.retries = bodies - commits - failures;
    outcome.failures = failures;
    return outcome;
}

void print(const char* label, const Outcome& o)
{
    std::printf("  %-8s %6lld commits in %7.3f s = %8.1f/s, %5lld retries, %lld failed\n", label,
                static_cast<long long>(o.commits), o.seconds, o.commits / o.seconds,
                static_cast<long long>(o.retries), static_cast<long long>(o.failures));
}

bool bench(const QString& name, const QString& location, int threads, int changes,
           Isolation isolation)
{
    {
        auto created = Workspace::open(location, OpenMode::Create);
        if (!created) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(created.error()));
            return false;
        }
    }
    // The baseline runs as before the chain: without the head table, so that SERIALIZABLE
    // transactions do not take its lock when they begin (Database::transact).
    const auto withDb = [&](const std::function<void(Database&)>& body) {
        auto opened = Workspace::open(location, OpenMode::Existing);
        body(opened.value()->db());
    };
    withDb([](Database& db) { db.exec(QStringLiteral("DROP TABLE audit_chain_head")); });
    const Outcome plain = run(location, threads, changes, false, isolation);
    withDb([](Database& db) {
        db.exec(QStringLiteral("DELETE FROM audit_log"));
        db.exec(QStringLiteral("CREATE TABLE audit_chain_head (id BIGINT PRIMARY KEY, last_id "
                               "BIGINT, last_hash TEXT NOT NULL)"));
    });
    const Outcome chained = run(location, threads, changes, true, isolation);
    std::printf("%s, %d writers x %d audited changes:\n", qPrintable(name), threads, changes);
    print("plain", plain);
    print("chained", chained);
    std::printf("  chained/plain throughput: %.2f\n",
                (chained.commits / chained.seconds) / (plain.commits / plain.seconds));
    auto opened = Workspace::open(location, OpenMode::Existing);
    const AuditChainVerdict verdict = verifyAuditChain(opened.value()->db());
    const qint64 rows =
        opened.value()->db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    std::printf("  chain: %s, %lld of %lld rows verified\n", verdict.intact() ? "intact" : "BROKEN",
                static_cast<long long>(verdict.rowsChecked), static_cast<long long>(rows));
    return verdict.intact() && rows == qint64(threads) * changes && plain.failures == 0 &&
           chained.failures == 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int threads = argument(args, QStringLiteral("--threads"), QStringLiteral("4")).toInt();
    const int changes = argument(args, QStringLiteral("--changes"), QStringLiteral("200")).toInt();
    const QString backend = argument(args, QStringLiteral("--backend"), QStringLiteral("both"));
    QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/callqa-bench-XXXXXX"));
    if (!scratch.isValid() || threads < 1 || changes < 1)
        return 1;
    bool ok = true;
    if (backend != QLatin1String("postgres"))
        ok = bench(QStringLiteral("sqlite"), scratch.filePath(QStringLiteral("chain.db")), threads,
                   changes, Isolation::Serializable) &&
             ok;
    if (backend != QLatin1String("sqlite")) {
        callqa::bench::BenchServer server(args, scratch.path());
        for (const auto& [label, isolation] :
             {std::pair{"postgres SERIALIZABLE", Isolation::Serializable},
              std::pair{"postgres READ COMMITTED (row locks)", Isolation::RowLocks}}) {
            const QString url = server.freshDatabase();
            if (url.isEmpty()) {
                std::fprintf(stderr, "no PostgreSQL server\n");
                return 1;
            }
            ok = bench(QString::fromLatin1(label), url, threads, changes, isolation) && ok;
        }
    }
    return ok ? 0 : 1;
}
