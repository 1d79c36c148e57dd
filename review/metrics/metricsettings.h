#pragma once

#include "review/auth/permissions.h"
#include "review/result.h"

#include <QList>
#include <QString>

namespace callqa::review {

class Workspace;

// The workspace settings the metric formulas read (metrics.*), with their values now.
struct MetricSetting {
    QString key;
    QString value;
    QString fallback; // used while the workspace has none
};

// Pure: the value to store for `key`, or why not: metrics.service_level_s a number of seconds
// above 0 up to 86400; metrics.repeat_contact_days a whole number of days 1..365.
Result<QString> checkMetricSetting(const QString& key, const QString& value);

// Every metrics.* setting, in a fixed order.
QList<MetricSetting> metricSettings(Workspace& workspace);

// Sets one (checkMetricSetting); needs ManageGoals; one transaction with an audit row.
Status setMetricSetting(Workspace& workspace, const Actor& actor, const QString& key,
                        const QString& value);

} // namespace callqa::review
