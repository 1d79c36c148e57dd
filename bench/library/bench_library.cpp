// The call library over a generated workspace (100,000 calls, 5,000 agents, 200 teams, 30 %
// reviewed by default), on a SQLite file and on PostgreSQL: how long the library model takes for
// its first page, a filter change, a sort change and a search, each beside the same query written
// by hand in plain SQL in the same run, with the ratio. Medians of --repeat runs.
//   bench_library [--calls 100000] [--agents 5000] [--teams 200] [--repeat 7]
//                 [--backend sqlite|postgres|both] [--pg-url URL]
// Without --pg-url it uses the cluster named by $CALLQA_TEST_PG_STATE, else starts its own with
// scripts/pg-cluster.sh. Exit code 1 when a step fails or the model and the hand-written query
// disagree on the rows.
#include "bench/library/librarygenerator.h"
#include "bench/support/benchserver.h"
#include "review/calls/librarymodel.h"
#include "review/storage/database.h"
#include "review/storage/location.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

using callqa::bench::argument;

using namespace callqa;
using review::Database;
using review::LibraryColumn;
using review::LibraryModel;
using review::LibraryQuery;

double medianMs(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

double timeMs(const std::function<void()>& step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    return double(timer.nsecsElapsed()) / 1e6;
}

// The columns of a library page, written out as one would by hand.
const QString kHandColumns = QStringLiteral(
    "SELECT c.id, c.external_id, c.relative_path, c.codec, c.channels, c.duration_ms, "
    "c.started_at, a.name, t.name, c.direction, c.queue, c.missing, ca.agent_share, "
    "ca.dead_air_ms, rq.name, qi.assignee, e.id, e.overall_score, e.passed, e.critical_fail ");
const QString kHandFrom = QStringLiteral(
    "FROM calls c LEFT JOIN agents a ON a.id = c.agent_id LEFT JOIN teams t ON t.id = c.team_id "
    "LEFT JOIN call_analysis ca ON ca.call_id = c.id "
    "LEFT JOIN evaluations e ON e.id = (SELECT max(l.id) FROM evaluations l WHERE l.call_id = "
    "c.id AND l.status = 'submitted') "
    "LEFT JOIN review_queue_items qi ON qi.id = (SELECT min(i.id) FROM review_queue_items i JOIN "
    "review_queues q ON q.id = i.queue_id WHERE i.call_id = c.id AND q.state = 'open' AND "
    "i.state <> 'removed') LEFT JOIN review_queues rq ON rq.id = qi.queue_id ");

// Runs a hand-written page query and its counts; returns the page's call ids.
QList<qint64> byHand(Database& db, const QString& page, const QVariantList& binds,
                     const QStringList& counts, const QVariantList& countBinds)
{
    QList<qint64> ids;
    QSqlQuery q = db.exec(page, binds);
    while (q.next()) {
        QVariantList row;
        for (int column = 0; column < 20; ++column)
            row << q.value(column);
        ids << row.first().toLongLong();
    }
    for (const QString& count : counts)
        db.scalar(count, count.contains(QLatin1Char('?')) ? countBinds : QVariantList{});
    return ids;
}

QList<qint64> idsOf(const LibraryModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.rowAt(row)->call.id;
    return ids;
}

struct Step {
    const char* name;
    double targetMs;
    std::function<void(LibraryModel&)> prepare; // untimed: puts the model where the step starts
    std::function<void(LibraryModel&)> viaModel;
    QString handPage;
    QVariantList handBinds;
    QStringList handCounts;
    QVariantList handCountBinds;
};

bool runBench(const QString& label, const QString& location, const bench::LibrarySize& size,
              int repeat)
{
    auto opened = review::Workspace::open(location, review::OpenMode::Create);
    if (!opened) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(label), qPrintable(opened.error()));
        return false;
    }
    review::Workspace& workspace = *opened.value();
    Database& db = workspace.db();
    QElapsedTimer generation;
    generation.start();
    if (const QString error = bench::generateLibrary(workspace, size); !error.isEmpty()) {
        std::fprintf(stderr, "%s: generating failed: %s\n", qPrintable(label), qPrintable(error));
        return false;
    }
    std::printf("%s: generated %d calls, %d agents, %d teams, %.0f %% reviewed in %.1f s\n",
                qPrintable(label), size.calls, size.agents, size.teams, size.reviewed * 100,
                double(generation.elapsed()) / 1000.0);

    const QString newest = QStringLiteral("ORDER BY COALESCE(c.started_at, 0) DESC, c.id DESC "
                                          "LIMIT 200");
    const QString total = QStringLiteral("SELECT count(*) FROM calls c");
    LibraryQuery filtered;
    filtered.teamId = 17;
    filtered.direction = QStringLiteral("inbound");
    filtered.reviewed = review::ReviewedFilter::NotReviewed;
    filtered.deadAirOverMs = 30'000;
    const QString filterWhere = QStringLiteral(
        "WHERE c.team_id = ? AND c.direction = ? AND ca.dead_air_ms > ? AND e.id IS NULL ");
    const QVariantList filterBinds{17, QStringLiteral("inbound"), 30'000};
    LibraryQuery searched;
    searched.search = QStringLiteral("YILDIZ");
    const QString searchWhere = QStringLiteral(
        "WHERE (c.search_folded LIKE ? ESCAPE '!' OR a.search_folded LIKE ? ESCAPE '!') ");
    const QVariantList searchBinds{QStringLiteral("%yildiz%"), QStringLiteral("%yildiz%")};

    const std::vector<Step> steps = {
        {"first page",
         100,
         [](LibraryModel&) {},
         [&](LibraryModel&) { LibraryModel fresh(db, review::Actor::owner()); },
         kHandColumns + kHandFrom + newest,
         {},
         {total, total},
         {}},
        {"filter change",
         200,
         [](LibraryModel& m) { m.setQuery({}); },
         [&](LibraryModel& m) { m.setQuery(filtered); },
         kHandColumns + kHandFrom + filterWhere + newest,
         filterBinds,
         {QStringLiteral("SELECT count(*) FROM calls c LEFT JOIN call_analysis ca ON ca.call_id = "
                         "c.id LEFT JOIN evaluations e ON e.id = (SELECT max(l.id) FROM "
                         "evaluations l WHERE l.call_id = c.id AND l.status = 'submitted') ") +
              filterWhere,
          total},
         filterBinds},
        {"sort change",
         200,
         [](LibraryModel& m) {
             m.setQuery({});
             m.sort(int(LibraryColumn::Started), Qt::DescendingOrder);
         },
         [](LibraryModel& m) { m.sort(int(LibraryColumn::Duration), Qt::DescendingOrder); },
         kHandColumns + kHandFrom +
             QStringLiteral("ORDER BY c.duration_ms DESC, c.id DESC LIMIT 200"),
         {},
         {},
         {}},
        {"search",
         300,
         [](LibraryModel& m) { m.setQuery({}); },
         [&](LibraryModel& m) { m.setQuery(searched); },
         kHandColumns + kHandFrom + searchWhere + newest,
         searchBinds,
         {QStringLiteral("SELECT count(*) FROM calls c LEFT JOIN agents a ON a.id = c.agent_id ") +
              searchWhere,
          total},
         searchBinds},
    };

    bool ok = true;
    std::printf("%-14s %10s %10s %7s %8s  %s\n", "step", "model ms", "by hand ms", "ratio",
                "target", "rows (matching)");
    for (const Step& step : steps) {
        std::vector<double> model;
        std::vector<double> hand;
        LibraryModel library(db, review::Actor::owner());
        QList<qint64> handIds;
        for (int run = 0; run <= repeat; ++run) { // run 0 warms the caches
            step.prepare(library);
            const double m = timeMs([&] { step.viaModel(library); });
            const double h = timeMs([&] {
                handIds =
                    byHand(db, step.handPage, step.handBinds, step.handCounts, step.handCountBinds);
            });
            if (run > 0) {
                model.push_back(m);
                hand.push_back(h);
            }
        }
        if (std::string(step.name) == "first page")
            library.setQuery({});
        const bool same = idsOf(library) == handIds;
        ok = ok && same;
        const double m = medianMs(model);
        const double h = medianMs(hand);
        const double ratio = h > 0 ? m / h : 0;
        std::printf("%-14s %10.1f %10.1f %6.2fx %6.0fms  %lld (%lld)%s%s\n", step.name, m, h, ratio,
                    step.targetMs, qlonglong(handIds.size()), qlonglong(library.matchingCount()),
                    m < step.targetMs && ratio <= 1.5 ? "" : "  (over target)",
                    same ? "" : "  MODEL AND HAND DISAGREE");
    }
    std::fflush(stdout);
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bench::LibrarySize size;
    size.calls = argument(args, QStringLiteral("--calls"), QStringLiteral("100000")).toInt();
    size.agents = argument(args, QStringLiteral("--agents"), QStringLiteral("5000")).toInt();
    size.teams = argument(args, QStringLiteral("--teams"), QStringLiteral("200")).toInt();
    const int repeat =
        std::max(1, argument(args, QStringLiteral("--repeat"), QStringLiteral("7")).toInt());
    if (size.calls < 500 || size.agents < 1 || size.teams < 1 || size.teams > size.agents) {
        std::fprintf(stderr, "bench_library: need --calls >= 500, 1 <= --teams <= --agents\n");
        return 2;
    }
    const QString backend = argument(args, QStringLiteral("--backend"), QStringLiteral("both"));
    QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/callqa-bench-XXXXXX"));
    if (!scratch.isValid())
        return 1;
    bool ok = true;
    if (backend != QLatin1String("postgres"))
        ok = runBench(QStringLiteral("sqlite"), scratch.filePath(QStringLiteral("library.db")),
                      size, repeat) &&
             ok;
    if (backend != QLatin1String("sqlite")) {
        callqa::bench::BenchServer server(args, scratch.path());
        const QString url = server.freshDatabase();
        if (url.isEmpty()) {
            std::fprintf(stderr, "postgres: no server (give --pg-url or install postgresql)\n");
            return 1;
        }
        ok = runBench(QStringLiteral("postgres"), url, size, repeat) && ok;
    }
    return ok ? 0 : 1;
}
