#pragma once

#include <QtGlobal>

#include <limits>
#include <optional>
#include <vector>

namespace callqa::review {

// How a metric turns its per-row values into one figure.
//  - Mean:    arithmetic mean of the values.
//  - Rate:    values are 0 or 1; the figure is their mean, a share 0..1.
//  - Percent: values are 0 or 1; the figure is 100 x their mean (csat_percent).
//  - Median:  the middle value (mean of the two middle ones for an even count).
//  - Count:   the number of rows (0 when there are none).
enum class Aggregate { Mean, Rate, Percent, Median, Count };

// One metric's underlying rows for a scope and window, reduced to one value per row. Rollups
// concatenate samples (team = its agents' rows), so a team figure is never an average of averages.
struct Sample {
    Aggregate aggregate = Aggregate::Mean;
    std::vector<double> values;
    // The range every value lies in by the metric's definition (csat 1..5, a share 0..1, a time
    // from 0): a mean's interval is clipped to it.
    double lowest = -std::numeric_limits<double>::infinity();
    double highest = std::numeric_limits<double>::infinity();
};

struct MetricValue {
    std::optional<double> value; // empty when there are no rows (Count: 0)
    qsizetype n = 0;
};

// Pure: the figure of a sample (see Aggregate).
MetricValue summarize(const Sample& sample);

// Pure: the median of `values` (empty: nullopt).
std::optional<double> median(std::vector<double> values);

} // namespace callqa::review
