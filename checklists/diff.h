#pragma once

#include "checklists/checklist.h"
#include "checklists/checklistdiff.h"

namespace callqa::checklists {

// Sections and items are matched by key (item keys across the whole checklist, so a moved item
// is "Changed" with field "section"). Removed entries come in published order, then added and
// changed ones in draft order. Scale bounds are compared only between two scale items, options
// only between two choice items, points not between two text items.
ChecklistDiff diff(const Checklist& published, const Checklist& draft);

} // namespace callqa::checklists
