#pragma once

#include "review/metrics/metriccatalog.h"
#include "review/result.h"

#include <QList>

namespace callqa::review {

class Database;

struct MetricAvailability {
    const MetricInfo* metric = nullptr;
    qint64 rows = 0; // rows in this workspace that carry the metric's field
};

// How many rows of each metric's source this workspace holds (all time, all agents).
Result<QList<MetricAvailability>> metricAvailability(Database& db);
// The same for one metric; throws DbError.
qint64 metricRowCount(Database& db, const MetricInfo& metric);

} // namespace callqa::review
