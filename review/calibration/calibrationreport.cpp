#include "review/calibration/calibrationreport.h"

#include "review/calibration/gridagreement.h"

#include <QHash>

namespace callqa::review {

CalibrationReport buildCalibrationReport(const CalibrationSession& session,
                                         const checklists::Checklist& checklist,
                                         const QList<CalibrationScore>& scores,
                                         const Bootstrap& bootstrap)
{
    const int raters = int(session.participants.size());
    const int units = int(session.callIds.size());
    QHash<QString, int> raterIndex;
    for (int r = 0; r < raters; ++r)
        raterIndex.insert(session.participants.at(r), r);
    QHash<qint64, int> unitIndex;
    for (int u = 0; u < units; ++u)
        unitIndex.insert(session.callIds.at(u), u);
    // scoreAt[u][r]: the score of call u by reviewer r, or null.
    ScoreGrid scoreAt(std::size_t(units),
                      std::vector<const CalibrationScore*>(std::size_t(raters), nullptr));
    for (const CalibrationScore& score : scores) {
        const auto u = unitIndex.constFind(score.callId);
        const auto r = raterIndex.constFind(score.reviewer);
        if (u != unitIndex.cend() && r != raterIndex.cend())
            scoreAt[std::size_t(*u)][std::size_t(*r)] = &score;
    }
    CalibrationReport report;
    const GridAgreement agreement = gridAgreement(checklist, scoreAt, raters, bootstrap);
    report.items = agreement.items;
    report.icc = agreement.icc;
    report.overallAlphaInterval = agreement.overallAlphaInterval;
    const Ratings& overall = agreement.overall;
    const std::vector<Ratings>& nominalByItem = agreement.nominalByItem;
    const int expert = session.expert.isEmpty() ? -1 : raterIndex.value(session.expert, -1);
    const std::vector<ReviewerAgreement> byReviewer = reviewerAgreement(
        overall, nominalByItem, expert >= 0 ? std::optional<int>(expert) : std::nullopt);
    for (int r = 0; r < raters; ++r) {
        ReviewerRow row;
        row.login = session.participants.at(r);
        row.expert = r == expert;
        for (int u = 0; u < units; ++u)
            row.scored += scoreAt[std::size_t(u)][std::size_t(r)] ? 1 : 0;
        if (std::size_t(r) < byReviewer.size())
            row.agreement = byReviewer[std::size_t(r)];
        report.reviewers << row;
    }
    const std::vector<CallSpread> spreads = callSpreads(overall, nominalByItem);
    for (int u = 0; u < units; ++u) {
        CallRow row;
        row.callId = session.callIds.at(u);
        row.externalId = session.callExternalIds.value(u);
        row.spread = spreads[std::size_t(u)];
        for (const ItemDisagreement& d : row.spread.agenda)
            row.agenda << AgendaEntry{report.items.at(d.item).key, d.disagreement};
        report.calls << row;
    }
    return report;
}

} // namespace callqa::review
