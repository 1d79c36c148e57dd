#include "review/metrics/sample.h"

#include <algorithm>
#include <numeric>

namespace callqa::review {

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values[middle];
    return (values[middle - 1] + values[middle]) / 2.0;
}

MetricValue summarize(const Sample& sample)
{
    MetricValue out;
    out.n = qsizetype(sample.values.size());
    if (sample.aggregate == Aggregate::Count) {
        out.value = double(out.n);
        return out;
    }
    if (sample.values.empty())
        return out;
    if (sample.aggregate == Aggregate::Median) {
        out.value = median(sample.values);
        return out;
    }
    const double mean = std::accumulate(sample.values.begin(), sample.values.end(), 0.0) /
                        double(sample.values.size());
    out.value = sample.aggregate == Aggregate::Percent ? 100.0 * mean : mean;
    return out;
}

} // namespace callqa::review
