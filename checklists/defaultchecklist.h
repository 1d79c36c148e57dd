#pragma once

#include "checklists/checklist.h"

namespace callqa::checklists {

// The built-in "support-call" form (data/default-support-call.json, compiled in as the resource
// ":/checklists/data/default-support-call.json"). Valid by construction: its tests
// validate it; an unreadable resource yields an empty checklist, which validate() rejects.
Checklist defaultChecklist();

} // namespace callqa::checklists
