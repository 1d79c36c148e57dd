#pragma once

#include "checklists/checklist.h"

#include <QJsonObject>

namespace callqa::checklists {

// The "callqa.checklist/1" root object; scale and options are written only for their item types.
QJsonObject writeChecklist(const Checklist& checklist);

} // namespace callqa::checklists
