#include "review/calibration/revieweragreement.h"

#include <QCoreApplication>

#include <cmath>
#include <map>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::Agreement", text);
}

std::optional<double> cell(const Ratings& ratings, std::size_t unit, int rater)
{
    const auto& row = ratings[unit];
    return std::size_t(rater) < row.size() ? row[std::size_t(rater)] : std::nullopt;
}

std::optional<double> othersMean(const Ratings& ratings, std::size_t unit, int rater)
{
    double sum = 0;
    int count = 0;
    const auto& row = ratings[unit];
    for (std::size_t j = 0; j < row.size(); ++j) {
        if (int(j) != rater && row[j]) {
            sum += *row[j];
            ++count;
        }
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

std::optional<double> othersUniqueMode(const Ratings& ratings, std::size_t unit, int rater)
{
    std::map<double, int> counts;
    const auto& row = ratings[unit];
    for (std::size_t j = 0; j < row.size(); ++j) {
        if (int(j) != rater && row[j])
            ++counts[*row[j]];
    }
    std::optional<double> mode;
    int best = 0;
    bool tie = false;
    for (const auto& [value, count] : counts) {
        if (count > best) {
            best = count;
            mode = value;
            tie = false;
        } else if (count == best) {
            tie = true;
        }
    }
    return tie ? std::nullopt : mode;
}

Estimate share(int matches, int total, const QString& reasonWhenNone)
{
    if (total == 0)
        return Estimate::undefined(reasonWhenNone);
    return Estimate::of(double(matches) / total);
}

} // namespace

std::vector<ReviewerAgreement> reviewerAgreement(const Ratings& overall,
                                                 const std::vector<Ratings>& items,
                                                 std::optional<int> expert)
{
    const int raters = raterCount(overall);
    std::vector<ReviewerAgreement> out(std::size_t(std::max(raters, 0)));
    for (int r = 0; r < raters; ++r) {
        ReviewerAgreement& a = out[std::size_t(r)];
        double signedSum = 0;
        double absoluteSum = 0;
        for (std::size_t u = 0; u < overall.size(); ++u) {
            const auto own = cell(overall, u, r);
            if (!own)
                continue;
            const auto reference =
                expert && *expert != r ? cell(overall, u, *expert) : othersMean(overall, u, r);
            if (!reference)
                continue;
            signedSum += *own - *reference;
            absoluteSum += std::fabs(*own - *reference);
            ++a.comparedCalls;
        }
        const QString noCalls = expert && *expert != r
                                    ? tr("no call was scored by both this reviewer and the expert")
                                    : tr("no call was scored by both this reviewer and another");
        if (a.comparedCalls == 0) {
            a.bias = a.meanAbsoluteDeviation = Estimate::undefined(noCalls);
        } else {
            a.bias = Estimate::of(signedSum / a.comparedCalls);
            a.meanAbsoluteDeviation = Estimate::of(absoluteSum / a.comparedCalls);
        }
        int consensusMatches = 0;
        int consensusTotal = 0;
        int expertMatches = 0;
        int expertTotal = 0;
        for (const Ratings& item : items) {
            for (std::size_t u = 0; u < item.size(); ++u) {
                const auto own = cell(item, u, r);
                if (!own)
                    continue;
                if (const auto mode = othersUniqueMode(item, u, r)) {
                    ++consensusTotal;
                    consensusMatches += *mode == *own ? 1 : 0;
                }
                if (expert && *expert != r) {
                    if (const auto reference = cell(item, u, *expert)) {
                        ++expertTotal;
                        expertMatches += *reference == *own ? 1 : 0;
                    }
                }
            }
        }
        a.consensusAgreement = share(consensusMatches, consensusTotal,
                                     tr("no answer of this reviewer has a consensus of the "
                                        "others to compare with"));
        a.expertAgreement =
            !expert ? Estimate::undefined(tr("the session has no expert"))
            : *expert == r
                ? Estimate::undefined(tr("this reviewer is the expert"))
                : share(expertMatches, expertTotal,
                        tr("no answer of this reviewer has an expert answer to compare with"));
    }
    return out;
}

} // namespace callqa::review
