#include "review/calibration/callspread.h"

#include "review/calibration/percentagreement.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace callqa::review {

std::vector<CallSpread> callSpreads(const Ratings& overall, const std::vector<Ratings>& items)
{
    std::vector<CallSpread> out;
    for (std::size_t u = 0; u < overall.size(); ++u) {
        CallSpread spread;
        const std::vector<double> scores = presentValues(overall[u]);
        spread.scores = int(scores.size());
        if (!scores.empty()) {
            spread.min = *std::min_element(scores.begin(), scores.end());
            spread.max = *std::max_element(scores.begin(), scores.end());
        }
        if (scores.size() < 2) {
            spread.standardDeviation = Estimate::undefined(QCoreApplication::translate(
                "callqa::review::Agreement", "fewer than two reviewers scored this call"));
        } else {
            double mean = 0;
            for (double s : scores)
                mean += s / double(scores.size());
            double squares = 0;
            for (double s : scores)
                squares += (s - mean) * (s - mean);
            spread.standardDeviation = Estimate::of(std::sqrt(squares / double(scores.size() - 1)));
        }
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (u >= items[i].size())
                continue;
            const auto agreement = pairwiseAgreement(presentValues(items[i][u]));
            if (agreement && *agreement < 1)
                spread.agenda.push_back({int(i), 1 - *agreement});
        }
        std::stable_sort(spread.agenda.begin(), spread.agenda.end(),
                         [](const ItemDisagreement& a, const ItemDisagreement& b) {
                             return a.disagreement > b.disagreement;
                         });
        out.push_back(std::move(spread));
    }
    return out;
}

} // namespace callqa::review
