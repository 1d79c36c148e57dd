#include "review/calibration/reliability.h"

#include "review/calibration/gridagreement.h"

#include <QCoreApplication>
#include <QMap>

#include <cmath>

namespace callqa::review {

namespace {

struct Tally {
    int pairs = 0;
    int scoredPairs = 0; // pairs where both have an overall score
    double signedSum = 0;
    double absoluteSum = 0;
    int itemMatches = 0;
    int items = 0;
};

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::Agreement", text);
}

} // namespace

ReliabilityReport buildReliabilityReport(const checklists::Checklist& checklist,
                                         const QList<ReliabilityPair>& pairs,
                                         const Bootstrap& bootstrap)
{
    ScoreGrid grid;
    for (const ReliabilityPair& pair : pairs)
        grid.push_back({&pair.first, &pair.second});
    const GridAgreement agreement = gridAgreement(checklist, grid, 2, bootstrap);
    ReliabilityReport report;
    report.pairs = int(pairs.size());
    report.items = agreement.items;
    report.icc = agreement.icc;
    const QString notThisDesign =
        tr("each call has its own two reviewers, so only ICC(1,1) applies");
    report.icc.icc2 = Estimate::undefined(notThisDesign);
    report.icc.icc3 = Estimate::undefined(notThisDesign);
    report.overallAlphaInterval = agreement.overallAlphaInterval;

    QMap<QString, Tally> tallies;
    for (qsizetype p = 0; p < pairs.size(); ++p) {
        const ReliabilityPair& pair = pairs.at(p);
        for (const auto& [own, other] :
             {std::pair{&pair.first, &pair.second}, std::pair{&pair.second, &pair.first}}) {
            Tally& t = tallies[own->reviewer];
            ++t.pairs;
            if (own->overall && other->overall) {
                ++t.scoredPairs;
                t.signedSum += *own->overall - *other->overall;
                t.absoluteSum += std::fabs(*own->overall - *other->overall);
            }
            for (const Ratings& item : agreement.nominalByItem) {
                const auto& row = item[std::size_t(p)];
                if (row[0] && row[1]) {
                    ++t.items;
                    t.itemMatches += *row[0] == *row[1] ? 1 : 0;
                }
            }
        }
    }
    for (auto it = tallies.begin(); it != tallies.end(); ++it) {
        ReliabilityReviewer r;
        r.login = it.key();
        r.pairs = it->pairs;
        if (it->scoredPairs == 0) {
            r.bias = r.meanAbsoluteDeviation =
                Estimate::undefined(tr("no pair where both evaluations have an overall score"));
        } else {
            r.bias = Estimate::of(it->signedSum / it->scoredPairs);
            r.meanAbsoluteDeviation = Estimate::of(it->absoluteSum / it->scoredPairs);
        }
        r.itemAgreement = it->items == 0
                              ? Estimate::undefined(tr("no item both reviewers answered"))
                              : Estimate::of(double(it->itemMatches) / it->items);
        report.reviewers << r;
    }
    return report;
}

} // namespace callqa::review
