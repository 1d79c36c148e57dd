#include "review/calibration/fleisskappa.h"

#include <QCoreApplication>

#include <map>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::Agreement", text);
}

} // namespace

FleissKappa fleissKappa(const Ratings& ratings)
{
    const Ratings complete = completeUnits(ratings);
    FleissKappa result;
    result.calls = static_cast<int>(complete.size());
    const int n = raterCount(ratings);
    if (n < 2) {
        result.kappa = Estimate::undefined(tr("fewer than two reviewers"));
        return result;
    }
    if (complete.empty()) {
        result.kappa = Estimate::undefined(tr("no call was rated by every reviewer"));
        return result;
    }
    std::map<double, double> categoryTotals;
    double observed = 0;
    for (const auto& unit : complete) {
        std::map<double, int> counts;
        for (const auto& cell : unit)
            ++counts[*cell];
        double squares = 0;
        for (const auto& [category, count] : counts) {
            squares += double(count) * count;
            categoryTotals[category] += count;
        }
        observed += (squares - n) / (double(n) * (n - 1));
    }
    const double units = double(complete.size());
    observed /= units;
    double chance = 0;
    for (const auto& [category, total] : categoryTotals) {
        const double share = total / (units * n);
        chance += share * share;
    }
    if (chance >= 1) {
        result.kappa = Estimate::undefined(
            tr("every reviewer gave every call the same answer: agreement by chance is "
               "certain, so kappa is not defined"));
        return result;
    }
    result.kappa = Estimate::of((observed - chance) / (1 - chance));
    return result;
}

} // namespace callqa::review
