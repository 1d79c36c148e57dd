#include "checklists/scoreresult.h"

namespace callqa::checklists {

Verdict ScoreResult::verdict() const
{
    if (criticalFail) {
        return Verdict::Failed;
    }
    if (!scored()) {
        return Verdict::NotScored;
    }
    return passed ? Verdict::Passed : Verdict::Failed;
}

} // namespace callqa::checklists
