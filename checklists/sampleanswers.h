#pragma once

#include "checklists/answerset.h"
#include "checklists/checklist.h"

namespace callqa::checklists {

// The best answer to every scored item (yes, the top of the scale, the option with the largest
// fraction): a full-marks evaluation to start a preview, a demo or a test from.
AnswerSet fullMarksAnswers(const Checklist& checklist);

} // namespace callqa::checklists
