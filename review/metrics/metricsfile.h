#pragma once

#include "review/metrics/callmetricfacts.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace callqa::review {

// One row about a call: the phone-system id it names and the fields it gives. A field the row
// leaves empty is not given, and re-importing leaves what an earlier file stored for it.
struct CallMetricRow {
    int row = 0;    // 1-based data row
    QString callId; // the call's phone-system id (calls.external_id)
    CallMetricFacts facts;
    QSet<QString> given; // the columns this row sets
};

// One row about an agent's day.
struct AgentDayRow {
    int row = 0;
    QString agentId;  // agents.external_id
    qint64 dayMs = 0; // UTC midnight of the date
    qint64 customersServed = 0;
};

struct MetricsProblem {
    int row = 0; // 0: the header or the file as a whole
    QString reason;
};

struct MetricsFile {
    QList<CallMetricRow> calls;
    QList<AgentDayRow> agentDays;
    QList<MetricsProblem> problems; // rows listed here are not in calls / agentDays
};

// The columns a metrics file may have (README "Metrics"), in order.
const QStringList& metricsColumns();

// The columns of a call row besides call_id (a call manifest may carry them too), and how one of
// them is read into `row` (the value trimmed; empty gives nothing): a problem text, or empty.
const QStringList& callMetricColumns();
QString applyCallMetricColumn(CallMetricRow& row, const QString& column, const QString& value);
// The fields of a call row checked together (case times); a problem text, or empty.
QString checkCallMetricRow(const CallMetricFacts& facts);

// CSV (comma or semicolon, quoted fields, UTF-8 with or without BOM) with a header row; or JSON:
// an array of objects with the same keys. Bad rows are reported with their row and left out; the
// good rows are kept. A row is about a call (call_id) or an agent-day (agent_id, date,
// customers_served), never both.
MetricsFile parseMetricsCsv(const QByteArray& data);
MetricsFile parseMetricsJson(const QByteArray& data);
// Picks the parser by the file's extension (.json, else CSV); a read error becomes a problem.
MetricsFile readMetricsFile(const QString& path);

} // namespace callqa::review
