#pragma once

#include "review/auth/permissions.h"
#include "review/metrics/metricsfile.h"
#include "review/result.h"

namespace callqa::review {

class Database;
class Workspace;

// Inside the caller's transaction, for a call whose row the caller found: writes the fields
// `row` gives (an update of what is stored; the others stay), and tells whether they are stored
// already. Throw DbError.
void writeCallRow(Database& db, qint64 callId, const CallMetricRow& row, const QString& source,
                  qint64 now);
bool callMetricsStored(Database& db, qint64 callId, const CallMetricRow& row);

struct MetricsImportReport {
    int callRows = 0;               // call rows written (new or updated)
    int agentDayRows = 0;           // agent-day rows written (new or updated)
    QList<MetricsProblem> problems; // rows refused; nothing of them was written
    bool ok() const { return problems.isEmpty(); }
};

// Writes the good rows of a metrics file in one transaction with one audit row: a call row to
// the call with that phone-system id (unknown: refused, located), an agent-day row to the agent
// with that id, on the team the agent was on that day. Re-importing a row updates it in place.
// Refused as a whole only when the actor may not import, or the database fails.
class MetricsImporter {
public:
    MetricsImporter(Workspace& workspace, Actor actor);
    Result<MetricsImportReport> importFile(const QString& path);
    Result<MetricsImportReport> importParsed(const MetricsFile& file, const QString& source);

private:
    Workspace& m_workspace;
    Actor m_actor;
};

} // namespace callqa::review
