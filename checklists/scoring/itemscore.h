#pragma once

#include "checklists/answer.h"
#include "checklists/item.h"

#include <QString>

namespace callqa::checklists {

// How one answer scores on one item; the building block of score().
struct ItemScore {
    enum class Status { Counted, Excluded, Unanswered, Invalid };

    Status status = Status::Excluded; // Excluded: N/A or an unscored text item
    double earned = 0.0;
    double possible = 0.0;
    bool criticalFail = false; // a critical item answered with its failing answer
    QString invalidReason;     // Status::Invalid only
};

ItemScore scoreItem(const Item& item, const Answer& answer);

} // namespace callqa::checklists
