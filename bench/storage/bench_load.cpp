// Load on one workspace: N concurrent processes, each a reviewer's workstation, write through the
// library's own write paths, on a SQLite file and on a PostgreSQL server:
//   1. import their share of small generated recordings (probe + hash + one transaction per file
//      writing the call and its audit row);
//   2. score each of those calls the way the review screen does: open the evaluation draft (take
//      its lease), save the answers, submit (score, store, remove the draft): three transactions.
//   bench_load [--processes 50] [--rows 10000] [--backend sqlite|postgres|both] [--pg-url URL]
// Without --pg-url it uses the cluster named by $CALLQA_TEST_PG_STATE, else starts its own with
// scripts/pg-cluster.sh. Afterwards it checks every call and every evaluation is there exactly
// once with one audit row, no draft is left and every stored score equals the engine's, and prints
// throughput and p50/p99 latency of each kind of write. Exit code 1 when a check fails.
#include "app/audioprober.h"
#include "app/demo/wavfile.h"
#include "bench/support/benchserver.h"
#include "checklists/defaultchecklist.h"
#include "checklists/sampleanswers.h"
#include "checklists/scoring.h"
#include "review/calls/callimporter.h"
#include "review/checklists/checkliststore.h"
#include "review/evaluations/evaluationdraftstore.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/database.h"
#include "review/storage/location.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <random>

namespace {

using callqa::bench::argument;

using callqa::review::Workspace;

// A complete answer set that differs from call to call: full marks with some items failed.
callqa::checklists::AnswerSet answersFor(const callqa::checklists::Checklist& checklist,
                                         qint64 callId)
{
    callqa::checklists::AnswerSet answers = callqa::checklists::fullMarksAnswers(checklist);
    std::mt19937 random{quint32(callId)};
    for (const QString& key : answers.itemKeys()) {
        if (answers.answer(key) == callqa::checklists::Answer::yes() && random() % 4 == 0)
            answers.set(key, callqa::checklists::Answer::no());
    }
    return answers;
}

// Worker: imports one folder, then scores each call it imported through an evaluation draft.
// Writes one latency per line to --out: "import <ms>" per file, "evaluate <ms>" per evaluation.
int runWorker(const QStringList& args)
{
    auto opened =
        Workspace::open(argument(args, QStringLiteral("--db")), callqa::review::OpenMode::Existing);
    if (!opened) {
        std::fprintf(stderr, "worker: %s\n", qPrintable(opened.error()));
        return 1;
    }
    Workspace& workspace = *opened.value();
    const callqa::review::Actor actor = callqa::review::Actor::owner();
    callqa::review::CallImporter importer(workspace, callqa::app::probeRecording);
    callqa::review::ImportOptions options;
    options.folder = argument(args, QStringLiteral("--folder"));
    options.recordingsRoot = argument(args, QStringLiteral("--root"));
    options.actor = actor;
    QFile out(argument(args, QStringLiteral("--out")));
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    QTextStream stream(&out);
    // Each phase's wall-clock span, so the parent can time a phase across all workers.
    const auto mark = [&stream](const char* phase) {
        stream << phase << ' ' << QDateTime::currentMSecsSinceEpoch() << '\n';
    };
    mark("import-start");
    QElapsedTimer timer;
    timer.start();
    qint64 last = 0;
    const callqa::review::ImportReport report =
        importer.run(options, [&](const callqa::review::ImportProgress&) {
            const qint64 now = timer.nsecsElapsed();
            stream << "import " << QString::number(double(now - last) / 1e6, 'f', 3) << '\n';
            last = now;
        });
    for (const auto& problem : report.problems)
        std::fprintf(stderr, "worker: %s: %s\n", qPrintable(problem.file),
                     qPrintable(problem.reason));
    mark("import-end");
    if (!report.ok())
        return 1;

    const auto version = callqa::review::ChecklistStore(workspace, actor)
                             .version(argument(args, QStringLiteral("--checklist")));
    if (!version) {
        std::fprintf(stderr, "worker: %s\n", qPrintable(version.error()));
        return 1;
    }
    QList<qint64> calls;
    {
        QSqlQuery q = workspace.db().exec(
            QStringLiteral("SELECT id FROM calls WHERE relative_path LIKE ? ORDER BY id"),
            {QVariant(argument(args, QStringLiteral("--share")) + QStringLiteral("/%"))});
        while (q.next())
            calls << q.value(0).toLongLong();
    }
    callqa::review::EvaluationDraftStore drafts(
        workspace, actor, QStringLiteral("bench-") + argument(args, QStringLiteral("--share")));
    mark("evaluate-start");
    for (const qint64 call : std::as_const(calls)) {
        timer.restart();
        const auto draft = drafts.open(call, version->key);
        const auto saved = draft ? drafts.save(draft->id, answersFor(version->checklist, call))
                                 : callqa::review::Result<qint64>::failure(draft.error());
        const auto submitted =
            saved
                ? drafts.submit(draft->id)
                : callqa::review::Result<callqa::review::EvaluationSummary>::failure(saved.error());
        if (!submitted) {
            std::fprintf(stderr, "worker: call %lld: %s\n", call, qPrintable(submitted.error()));
            return 1;
        }
        stream << "evaluate " << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 3)
               << '\n';
    }
    mark("evaluate-end");
    return 0;
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

void printLine(const QString& label, const char* what, int processes, qint64 writes, double seconds,
               const QList<double>& latencies)
{
    std::printf(
        "%-8s %-9s %d processes, %lld writes in %.2f s: %.0f writes/s; latency p50 %.1f ms, "
        "p99 %.1f ms\n",
        qPrintable(label), what, processes, writes, seconds, double(writes) / seconds,
        percentile(latencies, 0.50), percentile(latencies, 0.99));
}

// Every stored score equals the scoring engine's on the stored answers; returns the mismatches.
qint64 rescoreMismatches(Workspace& workspace, const callqa::checklists::Checklist& checklist)
{
    const callqa::review::Actor owner = callqa::review::Actor::owner();
    callqa::review::EvaluationStore store(workspace, owner);
    const auto listed = store.list();
    if (!listed)
        return -1;
    qint64 mismatches = 0;
    for (const callqa::review::EvaluationSummary& e : listed.value()) {
        const auto answers = store.answers(e.id);
        const auto expected =
            answers ? callqa::checklists::score(checklist, answers.value()).overall : std::nullopt;
        if (!expected || !e.overall || std::abs(*expected - *e.overall) > 1e-9 ||
            *answers != answersFor(checklist, e.callId))
            ++mismatches;
    }
    return mismatches;
}

// One run on one workspace location; returns false when a check fails.
bool runLoad(const QString& label, const QString& location, int processes, int rows,
             const QString& scratch)
{
    auto workspace = Workspace::open(location, callqa::review::OpenMode::Create);
    if (!workspace) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(label), qPrintable(workspace.error()));
        return false;
    }
    Workspace& ws = *workspace.value();
    callqa::review::ChecklistStore checklists(ws, callqa::review::Actor::owner());
    if (!checklists.saveDraft(callqa::checklists::defaultChecklist()))
        return false;
    const auto version = checklists.publish(callqa::checklists::defaultChecklist().key);
    if (!version) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(label), qPrintable(version.error()));
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
    for (int p = 0; p < processes; ++p) {
        auto worker = std::make_unique<QProcess>();
        worker->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        worker->start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--worker"), QStringLiteral("--db"), location,
                       QStringLiteral("--folder"), QStringLiteral("%1/p%2").arg(root).arg(p),
                       QStringLiteral("--share"), QStringLiteral("p%1").arg(p),
                       QStringLiteral("--root"), root, QStringLiteral("--checklist"), version->key,
                       QStringLiteral("--out"), QStringLiteral("%1/p%2.lat").arg(root).arg(p)});
        workers.push_back(std::move(worker));
    }
    bool workersOk = true;
    for (auto& worker : workers) {
        worker->waitForFinished(-1);
        workersOk =
            workersOk && worker->exitStatus() == QProcess::NormalExit && worker->exitCode() == 0;
    }
    QList<double> imports;
    QList<double> evaluations;
    QHash<QByteArray, qint64> phase; // earliest start and latest end over the workers
    for (int p = 0; p < processes; ++p) {
        QFile file(QStringLiteral("%1/p%2.lat").arg(root).arg(p));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() != 2)
                continue;
            const QByteArray& key = fields.at(0);
            if (key == "import" || key == "evaluate") {
                (key == "import" ? imports : evaluations) << fields.at(1).toDouble();
            } else {
                const qint64 at = fields.at(1).toLongLong();
                const bool start = key.endsWith("-start");
                const auto it = phase.find(key);
                if (it == phase.end() || (start ? at < *it : at > *it))
                    phase.insert(key, at);
            }
        }
    }
    const auto count = [&ws](const char* sql) {
        return ws.db().scalar(QString::fromLatin1(sql)).toLongLong();
    };
    const qint64 calls = count("SELECT count(*) FROM calls");
    const qint64 distinct = count("SELECT count(DISTINCT content_sha256) FROM calls");
    const qint64 importAudits =
        count("SELECT count(*) FROM audit_log WHERE action = 'call.import'");
    const qint64 unmatchedImports =
        count("SELECT count(*) FROM calls c WHERE (SELECT count(*) FROM audit_log l WHERE "
              "l.action = 'call.import' AND l.entity_id = CAST(c.id AS TEXT)) <> 1");
    const qint64 evaluated = count("SELECT count(*) FROM evaluations");
    const qint64 notOnce = count(
        "SELECT count(*) FROM calls c WHERE (SELECT count(*) FROM evaluations e WHERE e.call_id "
        "= c.id) <> 1");
    const qint64 evaluationAudits =
        count("SELECT count(*) FROM audit_log WHERE action = 'evaluation.submit'");
    const qint64 unmatchedEvaluations =
        count("SELECT count(*) FROM evaluations e WHERE (SELECT count(*) FROM audit_log l WHERE "
              "l.action = 'evaluation.submit' AND l.entity_id = CAST(e.id AS TEXT)) <> 1");
    const qint64 draftsLeft = count("SELECT count(*) FROM evaluation_drafts");
    const qint64 mismatches = rescoreMismatches(ws, version->checklist);

    const auto span = [&phase](const char* name) {
        const QByteArray key(name);
        return double(phase.value(key + "-end") - phase.value(key + "-start")) / 1e3;
    };
    printLine(label, "import", processes, imports.size(), span("import"), imports);
    printLine(label, "evaluate", processes, evaluations.size(), span("evaluate"), evaluations);
    const bool ok = workersOk && calls == rows && distinct == rows && importAudits == rows &&
                    unmatchedImports == 0 && imports.size() == rows && evaluated == rows &&
                    notOnce == 0 && evaluationAudits == rows && unmatchedEvaluations == 0 &&
                    draftsLeft == 0 && mismatches == 0 && evaluations.size() == rows;
    std::printf("%-8s checks: calls %lld (audit rows %lld, unmatched %lld), evaluations %lld "
                "(audit rows %lld, unmatched %lld, calls not scored exactly once %lld, drafts "
                "left %lld, scores differing from the engine %lld): %s\n",
                qPrintable(label), calls, importAudits, unmatchedImports, evaluated,
                evaluationAudits, unmatchedEvaluations, notOnce, draftsLeft, mismatches,
                ok ? "ok" : "FAILED");
    std::fflush(stdout);
    return ok;
}

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
        callqa::bench::BenchServer server(args, scratch.path());
        const QString url = server.freshDatabase();
        if (url.isEmpty()) {
            std::fprintf(stderr, "postgres: no server (give --pg-url or install postgresql)\n");
            return 1;
        }
        ok = runLoad(QStringLiteral("postgres"), url, processes, rows, scratch.path()) && ok;
    }
    return ok ? 0 : 1;
}
