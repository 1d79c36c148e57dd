#pragma once

#include "review/calibration/estimate.h"
#include "review/calibration/ratings.h"

#include <QString>

#include <cstdint>

namespace callqa::review {

// The measurement level, which decides how far apart two different values are.
enum class Level { Nominal, Ordinal, ConfidenceInterval };

QString levelName(Level level); // "nominal", "ordinal", "interval" (stable, for JSON)

struct Bootstrap {
    int resamples = 1000;
    std::uint64_t seed = 20110101;
};

// Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability") with
// missing data: 1 - observed / expected disagreement over the coincidence matrix of the values
// in units rated at least twice. Undefined when fewer than two values can be paired or when only
// one value occurs (no expected disagreement).
Estimate krippendorffAlpha(const Ratings& ratings, Level level);

// The same with a 95 % percentile interval from `bootstrap.resamples` resamples of the units,
// drawn with replacement by a seeded generator (the same interval on every machine). Resamples
// where alpha is undefined are left out; the interval is undefined when none is left.
Estimate krippendorffAlphaWithInterval(const Ratings& ratings, Level level,
                                       const Bootstrap& bootstrap = {});

} // namespace callqa::review
