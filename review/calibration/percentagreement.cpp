#include "review/calibration/percentagreement.h"

#include <QCoreApplication>

namespace callqa::review {

std::optional<double> pairwiseAgreement(const std::vector<double>& values)
{
    const std::size_t m = values.size();
    if (m < 2)
        return std::nullopt;
    std::size_t equal = 0;
    for (std::size_t i = 0; i < m; ++i) {
        for (std::size_t j = i + 1; j < m; ++j) {
            if (values[i] == values[j])
                ++equal;
        }
    }
    return double(equal) / double(m * (m - 1) / 2);
}

Estimate percentAgreement(const Ratings& ratings)
{
    double sum = 0;
    int units = 0;
    for (const auto& unit : ratings) {
        if (const auto agreement = pairwiseAgreement(presentValues(unit))) {
            sum += *agreement;
            ++units;
        }
    }
    if (units == 0)
        return Estimate::undefined(QCoreApplication::translate(
            "callqa::review::Agreement", "no call was rated by two reviewers or more"));
    return Estimate::of(sum / units);
}

} // namespace callqa::review
