#pragma once

#include "checklists/checklist.h"
#include "checklists/validationerror.h"

#include <QList>

namespace callqa::checklists {

// Every rule a checklist breaks, in document order, each named by its JSON path
// ("sections[2].items[0].points"). Empty means the checklist can be published and scored.
QList<ValidationError> validate(const Checklist& checklist);

} // namespace callqa::checklists
