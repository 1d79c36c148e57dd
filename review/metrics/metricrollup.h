#pragma once

#include "review/auth/permissions.h"
#include "review/metrics/metricscope.h"
#include "review/metrics/sample.h"
#include "review/result.h"

#include <QList>
#include <QString>

namespace callqa::review {

class Workspace;
struct MetricInfo;

struct MetricQuery {
    QString metricId;
    QString itemKey; // item_compliance only
    MetricScope scope;
    DateWindow window;
};

// One agent's share of a team or floor figure.
struct AgentContribution {
    QString agentId; // phone-system id
    QString agentName;
    MetricValue value;
};

struct MetricRollup {
    Sample sample;                   // the scope's underlying rows
    MetricValue value;               // the figure over all of them
    QList<AgentContribution> agents; // by agent id; rows without an agent are in no contribution
};

// One scope's figures of a metric over several windows: a goal's window so far (with its rows and
// agents) and its weeks (figures only).
struct MetricSeriesRequest {
    MetricScope scope;
    DateWindow current;
    QList<DateWindow> windows;
};

struct MetricSeries {
    MetricRollup current;
    QList<MetricValue> windows; // one per requested window
};

// Settings the formulas read (workspace_settings keys).
inline constexpr const char* kServiceLevelSetting = "metrics.service_level_s";      // default 20
inline constexpr const char* kRepeatContactSetting = "metrics.repeat_contact_days"; // default 7

// Computes a metric for a scope over a window from the underlying rows: calls (and their
// evaluations, talk analysis and imported metrics) whose call started in the window, counted for
// the agent of the call and the team the call holds (the agent's team at the time of the call);
// agent-days whose day is in the window, for the team of that day. A team or floor figure is over
// all its rows, never an average of agent figures. Reading needs ReadAllEvaluations, or an agent
// asking about themselves or their current team (then with only their own contribution).
class MetricRollups {
public:
    MetricRollups(Workspace& workspace, Actor actor);
    Result<MetricRollup> compute(const MetricQuery& query);
    // Many scopes and windows of one metric: up to 64 requests each from its own scope's rows,
    // more from one read of the floor's rows over the span of every window. Each request is
    // authorized on its own, as compute() does; the outer failure is a metric or database error.
    Result<QList<Result<MetricSeries>>> computeSeries(const QString& metricId,
                                                      const QString& itemKey,
                                                      const QList<MetricSeriesRequest>& requests);

    Workspace& m_workspace;
    Actor m_actor;
};

} // namespace callqa::review
