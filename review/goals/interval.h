#pragma once

#include "review/metrics/sample.h"

#include <optional>
#include <vector>

namespace callqa::review {

struct Interval {
    double low = 0;
    double high = 0;
    bool operator==(const Interval&) const = default;
};

// Pure 95 % intervals.
// Wilson score interval of a share: (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n), z 1.96.
std::optional<Interval> wilsonInterval(qsizetype successes, qsizetype n);
// Student t interval of a mean: mean ± t(0.975, n-1) · s / sqrt(n); needs n >= 2.
std::optional<Interval> tInterval(const std::vector<double>& values);
// Percentile bootstrap of the median: 2,000 resamples drawn with a fixed seed (the same data
// always gives the same interval), the 2.5th and 97.5th percentiles of their medians.
std::optional<Interval> bootstrapMedianInterval(const std::vector<double>& values);
// The two-sided 97.5 % quantile of Student's t with `df` degrees of freedom (df >= 1).
double tQuantile975(int df);

// The interval that fits the sample's aggregate: Wilson for Rate and Percent (scaled to percent),
// t for Mean (clipped to the sample's lowest..highest), bootstrap for Median, none for Count.
std::optional<Interval> intervalOf(const Sample& sample);

} // namespace callqa::review
