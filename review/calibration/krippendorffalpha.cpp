#include "review/calibration/krippendorffalpha.h"

#include "review/queues/seededrandom.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::Agreement", text);
}

struct Disagreement {
    double observed = 0;
    double expected = 0;
    double pairable = 0; // n: values in units rated at least twice
};

Disagreement disagreementOf(const std::vector<std::vector<double>>& units, Level level)
{
    std::map<double, int> index;
    for (const auto& unit : units) {
        if (unit.size() >= 2) {
            for (double v : unit)
                index.emplace(v, 0);
        }
    }
    int next = 0;
    std::vector<double> values;
    for (auto& [value, i] : index) {
        i = next++;
        values.push_back(value);
    }
    const std::size_t k = values.size();
    std::vector<double> coincidence(k * k, 0.0);
    for (const auto& unit : units) {
        const std::size_t m = unit.size();
        if (m < 2)
            continue;
        for (std::size_t i = 0; i < m; ++i) {
            for (std::size_t j = 0; j < m; ++j) {
                if (i != j)
                    coincidence[index[unit[i]] * k + index[unit[j]]] += 1.0 / double(m - 1);
            }
        }
    }
    std::vector<double> marginal(k, 0.0);
    Disagreement d;
    for (std::size_t c = 0; c < k; ++c) {
        for (std::size_t j = 0; j < k; ++j)
            marginal[c] += coincidence[c * k + j];
        d.pairable += marginal[c];
    }
    std::vector<double> cumulative(k + 1, 0.0); // for the ordinal metric
    for (std::size_t c = 0; c < k; ++c)
        cumulative[c + 1] = cumulative[c] + marginal[c];
    const auto distance = [&](std::size_t c, std::size_t j) {
        if (c == j)
            return 0.0;
        switch (level) {
        case Level::Nominal:
            return 1.0;
        case Level::ConfidenceInterval:
            return (values[c] - values[j]) * (values[c] - values[j]);
        case Level::Ordinal: {
            const std::size_t low = std::min(c, j);
            const std::size_t high = std::max(c, j);
            const double between =
                cumulative[high + 1] - cumulative[low] - (marginal[c] + marginal[j]) / 2;
            return between * between;
        }
        }
        return 0.0;
    };
    for (std::size_t c = 0; c < k; ++c) {
        for (std::size_t j = 0; j < k; ++j) {
            const double delta = distance(c, j);
            d.observed += coincidence[c * k + j] * delta;
            d.expected += marginal[c] * marginal[j] * delta;
        }
    }
    if (d.pairable > 1) {
        d.observed /= d.pairable;
        d.expected /= d.pairable * (d.pairable - 1);
    }
    return d;
}

Estimate alphaOf(const std::vector<std::vector<double>>& units, Level level)
{
    const Disagreement d = disagreementOf(units, level);
    if (d.pairable < 2)
        return Estimate::undefined(tr("fewer than two ratings can be compared (no call was "
                                      "rated by two reviewers or more)"));
    if (d.expected <= 0)
        return Estimate::undefined(
            tr("every rating has the same value: there is no variation to agree on"));
    return Estimate::of(1 - d.observed / d.expected);
}

std::vector<std::vector<double>> unitsOf(const Ratings& ratings)
{
    std::vector<std::vector<double>> units;
    for (const auto& unit : ratings) {
        std::vector<double> values = presentValues(unit);
        if (values.size() >= 2)
            units.push_back(std::move(values));
    }
    return units;
}

} // namespace

QString levelName(Level level)
{
    switch (level) {
    case Level::Nominal:
        return QStringLiteral("nominal");
    case Level::Ordinal:
        return QStringLiteral("ordinal");
    case Level::ConfidenceInterval:
        return QStringLiteral("interval");
    }
    return {};
}

Estimate krippendorffAlpha(const Ratings& ratings, Level level)
{
    return alphaOf(unitsOf(ratings), level);
}

Estimate krippendorffAlphaWithInterval(const Ratings& ratings, Level level,
                                       const Bootstrap& bootstrap)
{
    const std::vector<std::vector<double>> units = unitsOf(ratings);
    Estimate estimate = alphaOf(units, level);
    if (!estimate.defined()) {
        estimate.ci95Reason = estimate.reason;
        return estimate;
    }
    SeededRandom random(bootstrap.seed);
    std::vector<double> alphas;
    std::vector<std::vector<double>> resample(units.size());
    for (int r = 0; r < bootstrap.resamples; ++r) {
        for (auto& unit : resample)
            unit = units[random.below(units.size())];
        if (const Estimate alpha = alphaOf(resample, level); alpha.defined())
            alphas.push_back(*alpha.value);
    }
    if (alphas.empty()) {
        estimate.ci95Reason = tr("alpha is undefined in every bootstrap resample");
        return estimate;
    }
    std::sort(alphas.begin(), alphas.end());
    const auto at = [&](double share) {
        const double position = share * double(alphas.size() - 1);
        const std::size_t low = static_cast<std::size_t>(std::floor(position));
        const std::size_t high = std::min(low + 1, alphas.size() - 1);
        return alphas[low] + (alphas[high] - alphas[low]) * (position - double(low));
    };
    estimate.ci95 = ConfidenceInterval{at(0.025), at(0.975)};
    return estimate;
}

} // namespace callqa::review
