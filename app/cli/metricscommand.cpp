#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "review/metrics/metricdata.h"
#include "review/metrics/metricsimporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace callqa::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::app::Metrics", text);
}

int runMetricsImport(CliContext& ctx, review::Workspace& workspace, const review::Actor& actor,
                     const QString& path)
{
    const auto report = review::MetricsImporter(workspace, actor).importFile(path);
    if (!report)
        return reportFailure(ctx, report.error());
    if (ctx.json) {
        QJsonArray problems;
        for (const review::MetricsProblem& problem : report->problems)
            problems.append(QJsonObject{{QStringLiteral("file"), path},
                                        {QStringLiteral("row"), problem.row},
                                        {QStringLiteral("reason"), problem.reason}});
        printJson(
            ctx, QJsonDocument(QJsonObject{{QStringLiteral("call_rows"), report->callRows},
                                           {QStringLiteral("agent_day_rows"), report->agentDayRows},
                                           {QStringLiteral("problems"), problems}}));
    } else {
        const QLocale locale;
        ctx.out << tr("%1: %2 call rows and %3 agent-day rows imported, %4 rows refused.")
                       .arg(path, locale.toString(report->callRows),
                            locale.toString(report->agentDayRows),
                            locale.toString(report->problems.size()))
                << '\n';
        for (const review::MetricsProblem& problem : report->problems) {
            const QString where =
                problem.row > 0 ? tr("%1 (row %2)").arg(path).arg(problem.row) : path;
            ctx.out << "  " << tr("problem") << ": " << where << ": " << problem.reason << '\n';
        }
    }
    return report->ok() ? ExitOk : ExitFailures;
}

int runMetricsList(CliContext& ctx, review::Workspace& workspace)
{
    const auto availability = review::metricAvailability(workspace.db());
    if (!availability)
        return reportFailure(ctx, availability.error());
    if (ctx.json) {
        QJsonArray rows;
        for (const review::MetricAvailability& a : *availability)
            rows.append(
                QJsonObject{{QStringLiteral("id"), a.metric->id},
                            {QStringLiteral("source"), review::sourceName(a.metric->source)},
                            {QStringLiteral("needs_item"), a.metric->needsItem},
                            {QStringLiteral("description"), review::describe(*a.metric)},
                            {QStringLiteral("rows"), a.rows},
                            {QStringLiteral("has_data"), a.rows > 0}});
        printJson(ctx, QJsonDocument(rows));
        return ExitOk;
    }
    const QLocale locale;
    for (const review::MetricAvailability& a : *availability)
        ctx.out << a.metric->id.leftJustified(22) << ' '
                << (a.rows > 0 ? tr("%1 rows").arg(locale.toString(a.rows)) : tr("no data"))
                       .leftJustified(14)
                << ' ' << review::describe(*a.metric) << '\n';
    return ExitOk;
}

} // namespace

int runMetrics(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("callqa metrics import FILE.csv|FILE.json   phone-system and survey figures per call "
           "or per agent-day\n"
           "callqa metrics list                       every metric, what it measures, and "
           "whether this workspace has data for it"));
    parser.addPositionalArgument(QStringLiteral("action"), tr("import FILE | list"));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("metrics"), args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool import = action == QLatin1String("import") && positional.size() == 2;
    const bool list = action == QLatin1String("list") && positional.size() == 1;
    if (!import && !list) {
        ctx.err << tr("Usage: callqa metrics import FILE | callqa metrics list") << '\n';
        return ExitUsage;
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    return import ? runMetricsImport(ctx, *workspace, *actor, positional.at(1))
                  : runMetricsList(ctx, *workspace);
}

} // namespace callqa::app
