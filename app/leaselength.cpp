#include "app/leaselength.h"

#include "review/evaluations/evaluationdraftstore.h"

#include <cmath>

namespace callqa::app {

std::optional<double> boundedSeconds(const QString& text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > kMaxLeaseSeconds)
        return std::nullopt;
    return seconds;
}

qint64 draftLeaseMs()
{
    const auto seconds = boundedSeconds(qEnvironmentVariable("CALLQA_LEASE_SECONDS"));
    return seconds && *seconds > 0 ? qint64(*seconds * 1000)
                                   : review::EvaluationDraftStore::kDefaultLeaseMs;
}

} // namespace callqa::app
