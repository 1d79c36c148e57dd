#pragma once

#include <QString>

#include <optional>

namespace callqa::checklists {

struct SectionScore {
    QString key;
    double earned = 0.0;   // points earned by counted items; 0 after a section-level critical fail
    double possible = 0.0; // points of counted items (answered, valid, not N/A, not text)
    std::optional<double> percent; // 100 * earned / possible; empty when the section does not count
    bool counted = false;          // possible > 0: the section takes part in the overall score
    bool criticalFail = false;     // a section-level critical item failed

    bool operator==(const SectionScore&) const = default;
};

} // namespace callqa::checklists
