#include "review/calibration/gridagreement.h"

#include "checklists/json/enumnames.h"
#include "review/calibration/percentagreement.h"

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

GridAgreement gridAgreement(const checklists::Checklist& checklist, const ScoreGrid& grid,
                            int raters, const Bootstrap& bootstrap)
{
    const int units = int(grid.size());
    const auto emptyRatings = [&] {
        return Ratings(std::size_t(units),
                       std::vector<std::optional<double>>(std::size_t(raters), std::nullopt));
    };
    GridAgreement out;
    out.overall = emptyRatings();
    for (int u = 0; u < units; ++u) {
        for (int r = 0; r < raters; ++r) {
            if (const CalibrationScore* s = grid[std::size_t(u)][std::size_t(r)])
                out.overall[std::size_t(u)][std::size_t(r)] = s->overall;
        }
    }
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
                    const CalibrationScore* s = grid[std::size_t(u)][std::size_t(r)];
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
                for (const Level level : {Level::Ordinal, Level::ConfidenceInterval})
                    row.alpha.emplace_back(
                        level, krippendorffAlphaWithInterval(numeric, level, bootstrap));
            }
            out.items << row;
            out.nominalByItem.push_back(std::move(nominal));
        }
    }
    out.icc = intraclassCorrelations(out.overall);
    out.overallAlphaInterval =
        krippendorffAlphaWithInterval(out.overall, Level::ConfidenceInterval, bootstrap);
    return out;
}

} // namespace callqa::review
