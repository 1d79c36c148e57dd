#include "review/goals/interval.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace callqa::review {

namespace {

constexpr double kZ = 1.959963984540054;

} // namespace

std::optional<Interval> wilsonInterval(qsizetype successes, qsizetype n)
{
    if (n <= 0 || successes < 0 || successes > n)
        return std::nullopt;
    const double nn = double(n);
    const double p = double(successes) / nn;
    const double z2 = kZ * kZ;
    const double centre = p + z2 / (2 * nn);
    const double spread = kZ * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
    const double scale = 1 + z2 / nn;
    // At 0 or n successes a bound is exactly 0 or 1; rounding would leave 5e-17 or 0.9999...
    const double low = successes == 0 ? 0.0 : std::max(0.0, (centre - spread) / scale);
    const double high = successes == n ? 1.0 : std::min(1.0, (centre + spread) / scale);
    return Interval{low, high};
}

double tQuantile975(int df)
{
    static const double table[] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
                                   2.262,  2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120,
                                   2.110,  2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064,
                                   2.060,  2.056, 2.052, 2.048, 2.045, 2.042};
    if (df < 1)
        return std::nan("");
    if (df <= 30)
        return table[df - 1];
    // Cornish-Fisher expansion around the normal quantile; within 0.001 of the table beyond 30.
    const double z = kZ;
    const double d = double(df);
    return z + (z * z * z + z) / (4 * d) +
           (5 * std::pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * d * d);
}

std::optional<Interval> tInterval(const std::vector<double>& values)
{
    if (values.size() < 2)
        return std::nullopt;
    const double n = double(values.size());
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    double squares = 0;
    for (const double v : values)
        squares += (v - mean) * (v - mean);
    const double half =
        tQuantile975(int(values.size()) - 1) * std::sqrt(squares / (n - 1)) / std::sqrt(n);
    return Interval{mean - half, mean + half};
}

std::optional<Interval> bootstrapMedianInterval(const std::vector<double>& values)
{
    if (values.size() < 2)
        return std::nullopt;
    constexpr int kResamples = 2000;
    std::mt19937_64 random(20260301);
    std::uniform_int_distribution<size_t> pick(0, values.size() - 1);
    std::vector<double> medians;
    medians.reserve(kResamples);
    std::vector<double> resample(values.size());
    for (int r = 0; r < kResamples; ++r) {
        for (double& v : resample)
            v = values[pick(random)];
        medians.push_back(*median(resample));
    }
    std::sort(medians.begin(), medians.end());
    return Interval{medians[size_t(0.025 * (kResamples - 1))],
                    medians[size_t(0.975 * (kResamples - 1))]};
}

std::optional<Interval> intervalOf(const Sample& sample)
{
    switch (sample.aggregate) {
    case Aggregate::Rate:
    case Aggregate::Percent: {
        const auto successes =
            qsizetype(std::count(sample.values.begin(), sample.values.end(), 1.0));
        auto interval = wilsonInterval(successes, qsizetype(sample.values.size()));
        if (interval && sample.aggregate == Aggregate::Percent)
            interval = Interval{100 * interval->low, 100 * interval->high};
        return interval;
    }
    case Aggregate::Mean: {
        // Student's t knows nothing of the scale: a mean near its end would reach past it.
        auto interval = tInterval(sample.values);
        if (interval)
            interval = Interval{std::clamp(interval->low, sample.lowest, sample.highest),
                                std::clamp(interval->high, sample.lowest, sample.highest)};
        return interval;
    }
    case Aggregate::Median:
        return bootstrapMedianInterval(sample.values);
    case Aggregate::Count:
        break;
    }
    return std::nullopt;
}

} // namespace callqa::review
