#pragma once

#include "checklists/checklist.h"
#include "checklists/json/objectreader.h"

namespace callqa::checklists {

// Reads the fields of a "callqa.checklist/1" root object; problems go to the reader's errors.
Checklist readChecklist(const ObjectReader& root);

} // namespace callqa::checklists
