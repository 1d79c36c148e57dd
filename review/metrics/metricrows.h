#pragma once

#include "review/metrics/callmetricfacts.h"
#include "review/metrics/evaluationmetrics.h"
#include "review/metrics/metricscope.h"
#include "review/metrics/talkanalysismetrics.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <vector>

namespace callqa::review {

class Database;

// A metric's underlying rows as read from the workspace, each with the agent and the team it
// counts for (0: none) and its time (the call's start or the agent-day), so one read serves many
// scopes and windows.
template <typename Facts> struct MetricRows {
    std::vector<qint64> agents;
    std::vector<qint64> teams;
    std::vector<qint64> times;
    QList<Facts> facts;
};

// The rows' window and scope as SQL over calls `c` (or agent_days `d`, time column d.day_ms).
struct RowFilter {
    QString sql;
    QVariantList binds;
};

// scopeId: the agent's or team's row id; ignored for the floor.
RowFilter rowFilterOf(MetricScope::Kind kind, qint64 scopeId, const DateWindow& window,
                      const QString& alias, const QString& timeColumn);

// Each throws DbError.
MetricRows<EvaluationFacts> loadEvaluationRows(Database& db, const RowFilter& f);
MetricRows<DisputeOutcome> loadDisputeRows(Database& db, const RowFilter& f);
MetricRows<ItemAnswerFacts> loadItemAnswerRows(Database& db, const RowFilter& f,
                                               const QString& itemKey);
MetricRows<TalkFacts> loadTalkRows(Database& db, const RowFilter& f);
MetricRows<CallMetricFacts> loadCallMetricRows(Database& db, const RowFilter& f);
MetricRows<AgentDayFacts> loadAgentDayRows(Database& db, const RowFilter& f);

// The contacts a repeat can be among for the filtered calls: every call of the same customers
// from the window's start to `days` after its end (a repeat may come after the window).
QList<CallMetricFacts> loadContactsAround(Database& db, const RowFilter& f,
                                          const DateWindow& window, int days);

} // namespace callqa::review
