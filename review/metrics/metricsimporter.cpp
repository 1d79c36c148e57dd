#include "review/metrics/metricsimporter.h"

#include "review/agents/directory.h"
#include "review/audit/auditlog.h"
#include "review/storage/changenotice.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::MetricsImporter", text);
}

template <typename T> QVariant orNull(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

// The value a call row gives for one call_metrics column.
QVariant columnValue(const CallMetricFacts& f, const QString& column)
{
    if (column == QLatin1String("wait_s"))
        return orNull(f.waitS);
    if (column == QLatin1String("handle_s"))
        return orNull(f.handleS);
    if (column == QLatin1String("answered_within_s"))
        return orNull(f.answeredWithinS);
    if (column == QLatin1String("csat"))
        return f.csat ? QVariant(qint64(*f.csat)) : QVariant(QMetaType::fromType<qint64>());
    if (column == QLatin1String("nps"))
        return f.nps ? QVariant(qint64(*f.nps)) : QVariant(QMetaType::fromType<qint64>());
    if (column == QLatin1String("escalated"))
        return orNull(f.escalated);
    if (column == QLatin1String("complaint"))
        return orNull(f.complaint);
    if (column == QLatin1String("resolved_first_contact"))
        return orNull(f.resolvedFirstContact);
    if (column == QLatin1String("recovered"))
        return orNull(f.recovered);
    if (column == QLatin1String("case_opened_at"))
        return orNull(f.caseOpenedAtMs);
    if (column == QLatin1String("case_resolved_at"))
        return orNull(f.caseResolvedAtMs);
    if (column == QLatin1String("case_id"))
        return f.caseId;
    return f.customerId; // customer_id
}

} // namespace

bool callMetricsStored(Database& db, qint64 callId, const CallMetricRow& row)
{
    // A given field is never empty, so plain equality compares it (NULL never matches).
    QString sql = QStringLiteral("SELECT count(*) FROM call_metrics WHERE call_id = ?");
    QVariantList binds{callId};
    for (const QString& column : metricsColumns()) {
        if (!row.given.contains(column))
            continue;
        sql += QStringLiteral(" AND %1 = ?").arg(column);
        binds << columnValue(row.facts, column);
    }
    return db.scalar(sql, binds).toLongLong() == 1;
}

void writeCallRow(Database& db, qint64 callId, const CallMetricRow& row, const QString& source,
                  qint64 now)
{
    QStringList columns;
    for (const QString& column : metricsColumns()) {
        if (row.given.contains(column))
            columns << column;
    }
    QStringList updates;
    QVariantList binds{callId};
    for (const QString& column : std::as_const(columns)) {
        updates << QStringLiteral("%1 = excluded.%1").arg(column);
        binds << columnValue(row.facts, column);
    }
    binds << source << now;
    db.exec(QStringLiteral("INSERT INTO call_metrics (call_id, %1, source, updated_at) VALUES (?, "
                           "%2?, ?) ON CONFLICT (call_id) DO UPDATE SET %3, source = "
                           "excluded.source, updated_at = excluded.updated_at")
                .arg(columns.join(QStringLiteral(", ")),
                     QStringLiteral("?, ").repeated(columns.size()),
                     updates.join(QStringLiteral(", "))),
            binds);
}

MetricsImporter::MetricsImporter(Workspace& workspace, Actor actor)
    : m_workspace(workspace), m_actor(std::move(actor))
{
}

Result<MetricsImportReport> MetricsImporter::importFile(const QString& path)
{
    return importParsed(readMetricsFile(path), QFileInfo(path).fileName());
}

Result<MetricsImportReport> MetricsImporter::importParsed(const MetricsFile& file,
                                                          const QString& source)
{
    using R = Result<MetricsImportReport>;
    if (const Status allowed = authorize(m_actor, Action::ImportCalls); !allowed)
        return R::failure(allowed.error());
    MetricsImportReport report;
    Database& db = m_workspace.db();
    const Status status = db.transact([&] {
        report = {};
        report.problems = file.problems;
        const qint64 now = m_workspace.now();
        for (const CallMetricRow& row : file.calls) {
            const QVariant callId = db.scalar(
                QStringLiteral("SELECT id FROM calls WHERE external_id = ?"), {row.callId});
            if (!callId.isValid()) {
                report.problems << MetricsProblem{
                    row.row, tr("call_id \"%1\" is not in the library (import the call first)")
                                 .arg(row.callId)};
                continue;
            }
            writeCallRow(db, callId.toLongLong(), row, source, now);
            ++report.callRows;
        }
        Directory directory(db);
        for (const AgentDayRow& row : file.agentDays) {
            const std::optional<Agent> agent = directory.findAgent(row.agentId);
            if (!agent) {
                report.problems << MetricsProblem{
                    row.row, tr("agent_id \"%1\" is not an agent of this workspace (callqa agent "
                                "add ID NAME)")
                                 .arg(row.agentId)};
                continue;
            }
            const std::optional<qint64> team = directory.teamAt(agent->id, row.dayMs);
            db.exec(QStringLiteral(
                        "INSERT INTO agent_days (agent_id, day_ms, team_id, customers_served, "
                        "source, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (agent_id, "
                        "day_ms) DO UPDATE SET team_id = excluded.team_id, customers_served = "
                        "excluded.customers_served, source = excluded.source, updated_at = "
                        "excluded.updated_at"),
                    {agent->id, row.dayMs, orNull(team), row.customersServed, source, now});
            ++report.agentDayRows;
        }
        appendAudit(db, now,
                    {m_actor.login, QStringLiteral("metrics.import"), QStringLiteral("metrics"),
                     source,
                     QJsonObject{{QStringLiteral("call_rows"), report.callRows},
                                 {QStringLiteral("agent_day_rows"), report.agentDayRows},
                                 {QStringLiteral("refused_rows"), report.problems.size()}}});
        announceChange(db, QStringLiteral("metrics"));
    });
    if (!status)
        return R::failure(status.error());
    std::stable_sort(
        report.problems.begin(), report.problems.end(),
        [](const MetricsProblem& a, const MetricsProblem& b) { return a.row < b.row; });
    return report;
}

} // namespace callqa::review
