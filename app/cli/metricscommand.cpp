#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "review/goals/interval.h"
#include "review/metrics/metricdata.h"
#include "review/metrics/metricrollup.h"
#include "review/metrics/metricsettings.h"
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

QJsonValue orNull(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

int runMetricsShow(CliContext& ctx, review::Workspace& workspace, const review::Actor& actor,
                   const review::MetricQuery& query, const QString& from, const QString& to)
{
    const auto rollup = review::MetricRollups(workspace, actor).compute(query);
    if (!rollup)
        return reportFailure(ctx, rollup.error());
    const std::optional<review::Interval> ci = review::intervalOf(rollup->sample);
    if (ctx.json) {
        QJsonArray agents;
        for (const review::AgentContribution& a : rollup->agents)
            agents.append(QJsonObject{{QStringLiteral("agent_id"), a.agentId},
                                      {QStringLiteral("name"), a.agentName},
                                      {QStringLiteral("value"), orNull(a.value.value)},
                                      {QStringLiteral("n"), a.value.n}});
        printJson(
            ctx, QJsonDocument(QJsonObject{
                     {QStringLiteral("metric"), query.metricId},
                     {QStringLiteral("item"), query.itemKey.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(query.itemKey)},
                     {QStringLiteral("scope"), query.scope.toText()},
                     {QStringLiteral("from"), from},
                     {QStringLiteral("to"), to},
                     {QStringLiteral("value"), orNull(rollup->value.value)},
                     {QStringLiteral("n"), rollup->value.n},
                     {QStringLiteral("ci95"), ci ? QJsonValue(QJsonArray{ci->low, ci->high})
                                                 : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("agents"), agents}}));
        return ExitOk;
    }
    const QLocale locale;
    const auto number = [&](const std::optional<double>& v) {
        return v ? locale.toString(*v, 'g', 4) : tr("no value");
    };
    QString line = tr("%1 for %2, %3 to %4: %5 (n = %6)")
                       .arg(query.metricId, query.scope.toText(), from, to,
                            number(rollup->value.value), locale.toString(rollup->value.n));
    if (ci)
        line += QStringLiteral(", 95% [%1, %2]").arg(number(ci->low), number(ci->high));
    ctx.out << line << '\n';
    for (const review::AgentContribution& a : rollup->agents)
        ctx.out << "  " << a.agentId << ' ' << a.agentName << ": " << number(a.value.value)
                << " (n = " << locale.toString(a.value.n) << ")\n";
    return ExitOk;
}

int runMetricsSettings(CliContext& ctx, review::Workspace& workspace, const review::Actor& actor,
                       const QStringList& positional)
{
    if (positional.size() == 3) {
        const review::Status set =
            review::setMetricSetting(workspace, actor, positional.at(1), positional.at(2));
        if (!set)
            return reportFailure(ctx, set.error());
    }
    const QList<review::MetricSetting> settings = review::metricSettings(workspace);
    if (ctx.json) {
        QJsonObject object;
        for (const review::MetricSetting& s : settings)
            object.insert(s.key, s.value.toDouble());
        printJson(ctx, QJsonDocument(object));
        return ExitOk;
    }
    for (const review::MetricSetting& s : settings)
        ctx.out << s.key.leftJustified(30) << ' ' << s.value
                << (s.value == s.fallback ? QStringLiteral(" ") + tr("(default)") : QString())
                << '\n';
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
           "whether this workspace has data for it\n"
           "callqa metrics show METRIC [--scope SCOPE] --from DATE --to DATE [--item KEY]\n"
           "                                          its value, n and 95% interval, by agent\n"
           "callqa metrics settings [KEY VALUE]       the settings the formulas read "
           "(metrics.service_level_s, metrics.repeat_contact_days); with KEY VALUE sets one"));
    const QCommandLineOption scopeOption(QStringLiteral("scope"),
                                         tr("agent:ID, team:NAME or floor (show)."),
                                         QStringLiteral("SCOPE"), QStringLiteral("floor"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First day (show)."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last day, included (show)."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption itemOption(
        QStringLiteral("item"), tr("Item key, for item_compliance (show)."), QStringLiteral("KEY"));
    parser.addOptions({scopeOption, fromOption, toOption, itemOption});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("import FILE | list | show METRIC --from DATE --to DATE"));
    if (const auto exit = parseArguments(ctx, parser, QStringLiteral("metrics"), args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool import = action == QLatin1String("import") && positional.size() == 2;
    const bool list = action == QLatin1String("list") && positional.size() == 1;
    const bool show = action == QLatin1String("show") && positional.size() == 2;
    const bool settings =
        action == QLatin1String("settings") && (positional.size() == 1 || positional.size() == 3);
    if (!import && !list && !show && !settings) {
        ctx.err << tr("Usage: callqa metrics import FILE | list | show METRIC [--scope SCOPE] "
                      "--from DATE --to DATE [--item KEY] | settings [KEY VALUE]")
                << '\n';
        return ExitUsage;
    }
    review::MetricQuery query;
    if (show) {
        const auto scope = review::parseMetricScope(parser.value(scopeOption));
        const auto window =
            review::parseDayWindow(parser.value(fromOption), parser.value(toOption));
        if (!scope || !window) {
            ctx.err << tr("show needs --scope agent:ID|team:NAME|floor and --from DATE --to DATE "
                          "(YYYY-MM-DD, in order).")
                    << '\n';
            return ExitUsage;
        }
        query = {positional.at(1), parser.value(itemOption), *scope, *window};
    }
    const auto [workspace, actor, openExit] = openSignedIn(ctx);
    if (!workspace || !actor)
        return openExit;
    if (settings)
        return runMetricsSettings(ctx, *workspace, *actor, positional);
    if (show)
        return runMetricsShow(ctx, *workspace, *actor, query, parser.value(fromOption),
                              parser.value(toOption));
    return import ? runMetricsImport(ctx, *workspace, *actor, positional.at(1))
                  : runMetricsList(ctx, *workspace);
}

} // namespace callqa::app
