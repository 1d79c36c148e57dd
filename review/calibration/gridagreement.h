#pragma once

#include "checklists/checklist.h"
#include "review/calibration/calibrationreport.h"

#include <QStringList>

#include <vector>

namespace callqa::review {

// Scores laid out for the statistics: rows are calls, columns raters, null where a rater did not
// score a call (missing data).
using ScoreGrid = std::vector<std::vector<const CalibrationScore*>>;

// What every agreement report computes from a grid: per item, and on the overall score.
struct GridAgreement {
    QList<ItemAgreementRow> items;
    IntraclassCorrelations icc;
    Estimate overallAlphaInterval;
    Ratings overall;                    // the overall scores of the grid
    std::vector<Ratings> nominalByItem; // one per entry of `items`, same order
};

GridAgreement gridAgreement(const checklists::Checklist& checklist, const ScoreGrid& grid,
                            int raters, const Bootstrap& bootstrap);

} // namespace callqa::review
