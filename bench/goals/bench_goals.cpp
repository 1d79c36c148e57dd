// Progress of every goal for every agent, team and the floor on a large workspace, through the
// library (everyGoalProgress) and by the best hand-written SQL for the same numbers, in the same
// program, on a SQLite file and on a PostgreSQL server; and the time to open the goals screen.
//   bench_goals [--evaluations 1000000] [--agents 5000] [--teams 200] [--answers 20]
//               [--metrics qa_score,pass_rate,...] [--backend sqlite|postgres|both]
//               [--pg-url URL] [--runs 2]
// The workspace is generated with bulk SQL (goalsworkspace.cpp): one call a day per agent, each
// with one evaluation and one row of call metrics, and one agent-day per call, so metric rows
// are twice the evaluations. Each way runs --runs times (the best is reported); the figures of
// both must agree on every goal (value, n, interval, every week, every agent's part), else the
// exit code is 1. Without --pg-url it uses $CALLQA_TEST_PG_STATE's cluster or starts its own.
#include "app/gui/goals/goalsmodel.h"
#include "app/gui/goals/goalsscreen.h"
#include "bench/goals/goalfigures.h"
#include "bench/goals/goalssql.h"
#include "bench/goals/goalsworkspace.h"
#include "bench/support/benchserver.h"
#include "review/metrics/metricrollup.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

namespace {

using callqa::bench::argument;
namespace review = callqa::review;
namespace bench = callqa::bench;

const QString kDefaultMetrics =
    QStringLiteral("qa_score,pass_rate,item_compliance,csat,escalation_rate,repeat_contact_rate,"
                   "customers_per_day");

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

int runOn(const QString& backendName, const QString& location,
          const bench::GoalsWorkspaceSize& size, int runs)
{
    auto opened = review::Workspace::open(location, review::OpenMode::Create);
    if (!opened) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(backendName), qPrintable(opened.error()));
        return 1;
    }
    review::Workspace& workspace = *opened.value();
    QElapsedTimer timer;
    timer.start();
    qint64 goals = 0;
    try {
        goals = bench::fillGoalsWorkspace(workspace, size);
    } catch (const review::DbError& error) {
        std::fprintf(stderr, "%s: generating: %s\n", qPrintable(backendName),
                     qPrintable(error.message()));
        return 1;
    }
    const bench::GoalsCalendar cal = bench::goalsCalendar(size);
    workspace.setClock([now = cal.nowMs] { return now; });
    std::printf("%s: generated %lld evaluations (%d answers each), %lld metric rows, %lld agents, "
                "%lld teams, %lld goals in %.1f s\n",
                qPrintable(backendName), qint64(size.agents * size.days()), size.answers,
                qint64(2 * size.agents * size.days()), size.agents, size.teams, goals,
                seconds(timer));
    const review::Actor owner = review::Actor::owner();
    const int repeatDays =
        workspace.setting(QString::fromLatin1(review::kRepeatContactSetting), QStringLiteral("7"))
            .toInt();
    double libraryBest = 1e300;
    double sqlBest = 1e300;
    QHash<qint64, bench::GoalFigures> library;
    QHash<qint64, bench::GoalFigures> sql;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        const auto progress = review::everyGoalProgress(workspace, owner);
        libraryBest = std::min(libraryBest, seconds(timer));
        if (!progress) {
            std::fprintf(stderr, "%s: library: %s\n", qPrintable(backendName),
                         qPrintable(progress.error()));
            return 1;
        }
        library.clear();
        for (const review::GoalProgress& p : *progress)
            library.insert(p.goal.id, bench::figuresOf(p));
        timer.restart();
        try {
            sql = bench::sqlGoalFigures(workspace.db(), cal, repeatDays);
        } catch (const review::DbError& error) {
            std::fprintf(stderr, "%s: sql: %s\n", qPrintable(backendName),
                         qPrintable(error.message()));
            return 1;
        }
        sqlBest = std::min(sqlBest, seconds(timer));
    }
    const bench::FigureComparison comparison = bench::compareFigures(library, sql);
    std::printf("%s: progress of %lld goals: library %.2f s, hand-written SQL %.2f s, ratio %.2fx "
                "(target <= 1.5x); %lld differences\n",
                qPrintable(backendName), comparison.goals, libraryBest, sqlBest,
                libraryBest / sqlBest, comparison.differences);
    for (const QString& example : comparison.examples)
        std::printf("  %s\n", qPrintable(example));
    timer.restart();
    callqa::app::GoalsScreen screen(workspace, owner);
    screen.resize(1200, 800);
    screen.show();
    QApplication::processEvents();
    const double open = seconds(timer);
    std::printf("%s: goals screen open with %d goals: %.2f s (target < 1 s)%s\n",
                qPrintable(backendName), screen.model()->rowCount(), open,
                screen.message().isEmpty() ? ""
                                           : qPrintable(QStringLiteral("; ") + screen.message()));
    return comparison.differences == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bench::GoalsWorkspaceSize size;
    size.evaluations =
        argument(args, QStringLiteral("--evaluations"), QStringLiteral("1000000")).toLongLong();
    size.agents = argument(args, QStringLiteral("--agents"), QStringLiteral("5000")).toLongLong();
    size.teams = argument(args, QStringLiteral("--teams"), QStringLiteral("200")).toLongLong();
    size.answers = argument(args, QStringLiteral("--answers"), QStringLiteral("20")).toInt();
    size.metrics = argument(args, QStringLiteral("--metrics"), kDefaultMetrics)
                       .split(QLatin1Char(','), Qt::SkipEmptyParts);
    const int runs =
        std::max(1, argument(args, QStringLiteral("--runs"), QStringLiteral("2")).toInt());
    const QString backend = argument(args, QStringLiteral("--backend"), QStringLiteral("both"));
    if (size.agents < 1 || size.teams < 1 || size.teams > size.agents || size.answers < 3 ||
        size.days() < 80) {
        std::fprintf(stderr, "bench_goals: need --agents >= --teams >= 1, --answers >= 3 and at "
                             "least 80 evaluations per agent (one a day)\n");
        return 2;
    }
    QTemporaryDir scratch;
    int failed = 0;
    if (backend == QLatin1String("sqlite") || backend == QLatin1String("both"))
        failed |= runOn(QStringLiteral("sqlite"), scratch.filePath(QStringLiteral("goals.db")),
                        size, runs);
    if (backend == QLatin1String("postgres") || backend == QLatin1String("both")) {
        bench::BenchServer server(args, scratch.path());
        const QString url = server.freshDatabase();
        if (url.isEmpty()) {
            std::fprintf(stderr, "postgres: no server (give --pg-url)\n");
            return 1;
        }
        failed |= runOn(QStringLiteral("postgres"), url, size, runs);
    }
    return failed;
}
