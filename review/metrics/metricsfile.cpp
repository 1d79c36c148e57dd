#include "review/metrics/metricsfile.h"

#include "review/calls/csvrecords.h"
#include "review/calls/manifest.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::MetricsFile", text);
}

const QStringList kAgentDayColumns = {QStringLiteral("agent_id"), QStringLiteral("date"),
                                      QStringLiteral("customers_served")};

// A row being read: the call part and the agent-day part, each filled from its own columns.
struct PendingRow {
    CallMetricRow call;
    AgentDayRow day;
    QSet<QString> dayGiven;
};

QString parseNumber(const QString& column, const QString& value, std::optional<double>& out)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || number < 0 || !std::isfinite(number))
        return tr("%1: \"%2\" is not a number of seconds (0 or more, '.' for decimals)")
            .arg(column, value);
    out = number;
    return {};
}

QString parseWhole(const QString& column, const QString& value, int low, int high,
                   std::optional<int>& out)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < low || number > high)
        return tr("%1: \"%2\" is not a whole number from %3 to %4")
            .arg(column, value)
            .arg(low)
            .arg(high);
    out = number;
    return {};
}

QString parseFlag(const QString& column, const QString& value, std::optional<bool>& out)
{
    const QString lower = value.toLower();
    if (lower == QLatin1String("true") || lower == QLatin1String("yes") ||
        lower == QLatin1String("1"))
        out = true;
    else if (lower == QLatin1String("false") || lower == QLatin1String("no") ||
             lower == QLatin1String("0"))
        out = false;
    else
        return tr("%1: \"%2\" is neither true nor false (true/false, yes/no, 1/0)")
            .arg(column, value);
    return {};
}

QString parseTime(const QString& column, const QString& value, std::optional<qint64>& out)
{
    out = parseCallTime(value);
    if (!out)
        return tr("%1: \"%2\" is not a date and time (use ISO 8601, e.g. "
                  "2026-03-05T10:00:00+01:00)")
            .arg(column, value);
    return {};
}

// Fills one column of `row`; returns a problem text, or empty when the value is fine or empty.
QString applyColumn(PendingRow& row, const QString& column, const QString& rawValue)
{
    const QString value = rawValue.trimmed();
    if (value.contains(QChar(0)))
        return tr("%1: contains a NUL character").arg(column);
    if (value.isEmpty() || !metricsColumns().contains(column))
        return {};
    if (column == QLatin1String("call_id")) {
        row.call.callId = value;
        return {};
    }
    if (callMetricColumns().contains(column))
        return applyCallMetricColumn(row.call, column, value);
    if (column == QLatin1String("agent_id")) {
        row.day.agentId = value;
    } else if (column == QLatin1String("date")) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            return tr("date: \"%1\" is not a date (use YYYY-MM-DD)").arg(value);
        row.day.dayMs = date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    } else if (column == QLatin1String("customers_served")) {
        bool ok = false;
        row.day.customersServed = value.toLongLong(&ok);
        if (!ok || row.day.customersServed < 0)
            return tr("customers_served: \"%1\" is not a whole number of 0 or more").arg(value);
    }
    row.dayGiven.insert(column);
    return {};
}

// Decides what the row is about once every column is read; returns a problem text or empty.
QString finishRow(PendingRow& row, MetricsFile& file)
{
    if (!row.call.callId.isEmpty()) {
        if (!row.dayGiven.isEmpty())
            return tr("a row is about a call (call_id) or an agent's day (agent_id, date, "
                      "customers_served), not both");
        if (row.call.given.isEmpty())
            return tr("call_id \"%1\" has no metric values").arg(row.call.callId);
        if (const QString problem = checkCallMetricRow(row.call.facts); !problem.isEmpty())
            return problem;
        file.calls << row.call;
        return {};
    }
    if (row.dayGiven.isEmpty())
        return tr("names neither a call (call_id) nor an agent's day (agent_id, date)");
    for (const QString& column : kAgentDayColumns) {
        if (!row.dayGiven.contains(column))
            return tr("an agent's day needs agent_id, date and customers_served; %1 is missing")
                .arg(column);
    }
    if (!row.call.given.isEmpty())
        return tr("a row is about a call (call_id) or an agent's day (agent_id, date, "
                  "customers_served), not both");
    file.agentDays << row.day;
    return {};
}

// Refuses later rows that repeat a call or an agent-day of an earlier row.
void rejectDuplicates(MetricsFile& file)
{
    QSet<QString> calls;
    QList<CallMetricRow> keptCalls;
    for (const CallMetricRow& row : std::as_const(file.calls)) {
        if (calls.contains(row.callId)) {
            file.problems << MetricsProblem{
                row.row, tr("call_id \"%1\" appears more than once").arg(row.callId)};
            continue;
        }
        calls.insert(row.callId);
        keptCalls << row;
    }
    file.calls = keptCalls;
    QSet<QPair<QString, qint64>> days;
    QList<AgentDayRow> keptDays;
    for (const AgentDayRow& row : std::as_const(file.agentDays)) {
        if (days.contains({row.agentId, row.dayMs})) {
            file.problems << MetricsProblem{
                row.row, tr("agent %1 on this date appears more than once").arg(row.agentId)};
            continue;
        }
        days.insert({row.agentId, row.dayMs});
        keptDays << row;
    }
    file.agentDays = keptDays;
}

QString unknownColumnProblem(const QString& column)
{
    return tr("unknown column \"%1\" is ignored (known: %2)")
        .arg(column, metricsColumns().join(QStringLiteral(", ")));
}

} // namespace

const QStringList& callMetricColumns()
{
    static const QStringList columns = metricsColumns().mid(1, 13); // wait_s .. customer_id
    return columns;
}

QString applyCallMetricColumn(CallMetricRow& row, const QString& column, const QString& rawValue)
{
    const QString value = rawValue.trimmed();
    if (value.isEmpty())
        return {};
    CallMetricFacts& f = row.facts;
    QString problem;
    if (column == QLatin1String("wait_s"))
        problem = parseNumber(column, value, f.waitS);
    else if (column == QLatin1String("handle_s"))
        problem = parseNumber(column, value, f.handleS);
    else if (column == QLatin1String("answered_within_s"))
        problem = parseNumber(column, value, f.answeredWithinS);
    else if (column == QLatin1String("csat"))
        problem = parseWhole(column, value, 1, 5, f.csat);
    else if (column == QLatin1String("nps"))
        problem = parseWhole(column, value, 0, 10, f.nps);
    else if (column == QLatin1String("escalated"))
        problem = parseFlag(column, value, f.escalated);
    else if (column == QLatin1String("complaint"))
        problem = parseFlag(column, value, f.complaint);
    else if (column == QLatin1String("resolved_first_contact"))
        problem = parseFlag(column, value, f.resolvedFirstContact);
    else if (column == QLatin1String("recovered"))
        problem = parseFlag(column, value, f.recovered);
    else if (column == QLatin1String("case_id"))
        f.caseId = value;
    else if (column == QLatin1String("customer_id"))
        f.customerId = value;
    else if (column == QLatin1String("case_opened_at"))
        problem = parseTime(column, value, f.caseOpenedAtMs);
    else if (column == QLatin1String("case_resolved_at"))
        problem = parseTime(column, value, f.caseResolvedAtMs);
    else
        return {};
    if (problem.isEmpty())
        row.given.insert(column);
    return problem;
}

QString checkCallMetricRow(const CallMetricFacts& f)
{
    if (f.caseOpenedAtMs && f.caseResolvedAtMs && *f.caseResolvedAtMs < *f.caseOpenedAtMs)
        return tr("case_resolved_at is before case_opened_at");
    if ((f.caseOpenedAtMs || f.caseResolvedAtMs) && f.caseId.isEmpty())
        return tr("case times need a case_id");
    return {};
}

const QStringList& metricsColumns()
{
    static const QStringList columns = {
        QStringLiteral("call_id"),
        QStringLiteral("wait_s"),
        QStringLiteral("handle_s"),
        QStringLiteral("answered_within_s"),
        QStringLiteral("csat"),
        QStringLiteral("nps"),
        QStringLiteral("escalated"),
        QStringLiteral("complaint"),
        QStringLiteral("resolved_first_contact"),
        QStringLiteral("case_id"),
        QStringLiteral("case_opened_at"),
        QStringLiteral("case_resolved_at"),
        QStringLiteral("recovered"),
        QStringLiteral("customer_id"),
        QStringLiteral("agent_id"),
        QStringLiteral("date"),
        QStringLiteral("customers_served"),
    };
    return columns;
}

MetricsFile parseMetricsCsv(const QByteArray& data)
{
    MetricsFile file;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<QStringList> records = splitCsv(text, csvSeparatorOf(text));
    if (records.isEmpty()) {
        file.problems << MetricsProblem{0, tr("the file is empty")};
        return file;
    }
    QStringList header;
    for (const QString& column : records.first())
        header << column.trimmed().toLower();
    QSet<QString> seen;
    for (const QString& column : std::as_const(header)) {
        if (seen.contains(column))
            file.problems << MetricsProblem{
                0, tr("column \"%1\" appears twice; the later one is ignored").arg(column)};
        seen.insert(column);
        if (!metricsColumns().contains(column))
            file.problems << MetricsProblem{0, unknownColumnProblem(column)};
    }
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList& record = records.at(r);
        PendingRow row;
        row.call.row = row.day.row = int(r);
        QString problem;
        if (record.size() != header.size())
            problem = tr("has %1 fields, the header has %2").arg(record.size()).arg(header.size());
        QSet<QString> applied;
        for (qsizetype c = 0; problem.isEmpty() && c < header.size(); ++c) {
            if (applied.contains(header.at(c)))
                continue;
            applied.insert(header.at(c));
            problem = applyColumn(row, header.at(c), record.at(c));
        }
        if (problem.isEmpty())
            problem = finishRow(row, file);
        if (!problem.isEmpty())
            file.problems << MetricsProblem{int(r), problem};
    }
    rejectDuplicates(file);
    return file;
}

MetricsFile parseMetricsJson(const QByteArray& data)
{
    MetricsFile file;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        file.problems << MetricsProblem{
            0, tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())};
        return file;
    }
    if (!document.isArray()) {
        file.problems << MetricsProblem{0, tr("the file must be a JSON array")};
        return file;
    }
    QSet<QString> unknownKeys;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int rowNumber = int(i + 1);
        if (!array.at(i).isObject()) {
            file.problems << MetricsProblem{rowNumber, tr("not a JSON object")};
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        PendingRow row;
        row.call.row = row.day.row = rowNumber;
        QString problem;
        for (auto it = object.begin(); problem.isEmpty() && it != object.end(); ++it) {
            if (!metricsColumns().contains(it.key())) {
                if (!unknownKeys.contains(it.key())) {
                    unknownKeys.insert(it.key());
                    file.problems << MetricsProblem{rowNumber, unknownColumnProblem(it.key())};
                }
                continue;
            }
            const QJsonValue value = it.value();
            QString text;
            if (value.isBool())
                text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            else if (value.isDouble())
                text = QString::number(value.toDouble(), 'g', 17);
            else if (value.isString())
                text = value.toString();
            else if (!value.isNull())
                problem = tr("%1: must be a string, a number or true/false").arg(it.key());
            if (problem.isEmpty())
                problem = applyColumn(row, it.key(), text);
        }
        if (problem.isEmpty())
            problem = finishRow(row, file);
        if (!problem.isEmpty())
            file.problems << MetricsProblem{rowNumber, problem};
    }
    rejectDuplicates(file);
    return file;
}

MetricsFile readMetricsFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MetricsFile out;
        out.problems << MetricsProblem{0, tr("cannot read the file: %1").arg(file.errorString())};
        return out;
    }
    const QByteArray data = file.readAll();
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return parseMetricsJson(data);
    return parseMetricsCsv(data);
}

} // namespace callqa::review
