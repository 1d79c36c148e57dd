#include "review/calibration/calibrationreport.h"

#include "checklists/json/enumnames.h"
#include "review/calibration/percentagreement.h"

#include <QHash>

namespace callqa::review {

namespace {

constexpr double kNotApplicableCode = -1e9;

// An answer as a nominal category: yes 1, no 0, a scale value itself, a choice its option's
// position; N/A its own category. Empty for no answer (or a text item).
std::optional<double> nominalCode(const checklists::Item& item, const checklists::Answer& answer)
{
    using Kind = checklists::Answer::Kind;
    switch (answer.kind()) {
    case Kind::NotApplicable:
        return kNotApplicableCode;
    case Kind::Yes:
        return 1.0;
    case Kind::No:
        return 0.0;
    case Kind::Scale:
        return double(answer.scaleValue());
    case Kind::Choice:
        for (qsizetype i = 0; i < item.options.size(); ++i) {
            if (item.options.at(i).key == answer.choiceKey())
                return double(i);
        }
        return std::nullopt;
    case Kind::Unanswered:
    case Kind::Text:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<double> scaleValue(const checklists::Answer& answer)
{
    if (answer.kind() == checklists::Answer::Kind::Scale)
        return double(answer.scaleValue());
    return std::nullopt;
}

} // namespace

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
    std::vector<std::vector<const CalibrationScore*>> scoreAt(
        std::size_t(units), std::vector<const CalibrationScore*>(std::size_t(raters), nullptr));
    for (const CalibrationScore& score : scores) {
        const auto u = unitIndex.constFind(score.callId);
        const auto r = raterIndex.constFind(score.reviewer);
        if (u != unitIndex.cend() && r != raterIndex.cend())
            scoreAt[std::size_t(*u)][std::size_t(*r)] = &score;
    }
    const auto emptyRatings = [&] {
        return Ratings(std::size_t(units),
                       std::vector<std::optional<double>>(std::size_t(raters), std::nullopt));
    };
    CalibrationReport report;
    Ratings overall = emptyRatings();
    for (int u = 0; u < units; ++u) {
        for (int r = 0; r < raters; ++r) {
            if (const CalibrationScore* s = scoreAt[std::size_t(u)][std::size_t(r)])
                overall[std::size_t(u)][std::size_t(r)] = s->overall;
        }
    }
    std::vector<Ratings> nominalByItem;
    QStringList itemKeys;
    for (const checklists::Section& section : checklist.sections) {
        for (const checklists::Item& item : section.items) {
            if (!item.isScored())
                continue;
            Ratings nominal = emptyRatings();
            Ratings numeric = emptyRatings();
            ItemAgreementRow row;
            row.key = item.key;
            row.type = checklists::itemTypeName(item.type);
            for (int u = 0; u < units; ++u) {
                for (int r = 0; r < raters; ++r) {
                    const CalibrationScore* s = scoreAt[std::size_t(u)][std::size_t(r)];
                    if (!s)
                        continue;
                    const checklists::Answer answer = s->answers.answer(item.key);
                    nominal[std::size_t(u)][std::size_t(r)] = nominalCode(item, answer);
                    numeric[std::size_t(u)][std::size_t(r)] = scaleValue(answer);
                    if (nominal[std::size_t(u)][std::size_t(r)])
                        ++row.ratings;
                }
            }
            row.percentAgreement = percentAgreement(nominal);
            row.fleiss = fleissKappa(nominal);
            row.alpha.emplace_back(
                Level::Nominal, krippendorffAlphaWithInterval(nominal, Level::Nominal, bootstrap));
            if (item.type == checklists::ItemType::Scale) {
                for (const Level level : {Level::Ordinal, Level::Interval})
                    row.alpha.emplace_back(
                        level, krippendorffAlphaWithInterval(numeric, level, bootstrap));
            }
            report.items << row;
            nominalByItem.push_back(std::move(nominal));
            itemKeys << item.key;
        }
    }
    report.icc = intraclassCorrelations(overall);
    report.overallAlphaInterval =
        krippendorffAlphaWithInterval(overall, Level::Interval, bootstrap);
    const int expert = session.expert.isEmpty() ? -1 : raterIndex.value(session.expert, -1);
    const std::vector<ReviewerAgreement> agreement = reviewerAgreement(
        overall, nominalByItem, expert >= 0 ? std::optional<int>(expert) : std::nullopt);
    for (int r = 0; r < raters; ++r) {
        ReviewerRow row;
        row.login = session.participants.at(r);
        row.expert = r == expert;
        for (int u = 0; u < units; ++u)
            row.scored += scoreAt[std::size_t(u)][std::size_t(r)] ? 1 : 0;
        if (std::size_t(r) < agreement.size())
            row.agreement = agreement[std::size_t(r)];
        report.reviewers << row;
    }
    const std::vector<CallSpread> spreads = callSpreads(overall, nominalByItem);
    for (int u = 0; u < units; ++u) {
        CallRow row;
        row.callId = session.callIds.at(u);
        row.externalId = session.callExternalIds.value(u);
        row.spread = spreads[std::size_t(u)];
        for (const ItemDisagreement& d : row.spread.agenda)
            row.agenda << AgendaEntry{itemKeys.at(d.item), d.disagreement};
        report.calls << row;
    }
    return report;
}

} // namespace callqa::review
