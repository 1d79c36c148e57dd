#pragma once

#include "checklists/answerset.h"
#include "checklists/checklist.h"

namespace callqa::app {

// A plausible answer to an item for the editor's preview: a good but not perfect call (yes, one
// below the top of a scale, the second-best option), with critical items passed, so weights and
// points visibly matter. Text items get no answer.
checklists::Answer sampleAnswer(const checklists::Item& item);
checklists::AnswerSet sampleAnswers(const checklists::Checklist& checklist);

} // namespace callqa::app
