#pragma once

#include "checklists/answerset.h"
#include "checklists/checklist.h"
#include "checklists/scoreresult.h"

namespace callqa::checklists {

// Scores answers against a checklist (DESIGN.md, "Checklist model and scoring"). Pure.
//
// - yes_no: yes = points, no = 0. scale: points * (v - min) / (max - min).
//   choice: option fraction * points. text: never scored.
// - N/A (only where allowNa) takes the item out of its section's earned and possible points.
// - Unanswered scored items count like N/A, so a draft can be previewed, and are listed in
//   `unanswered`: callers must refuse to submit unless isComplete().
// - An answer that does not fit its item (wrong kind, scale out of range, unknown option, N/A
//   where not allowed, or a key no item has) is listed in `invalidAnswers` and not scored.
// - A section counts when its possible points are > 0; percent = 100 * earned / possible.
//   overall = sum(weight * percent) / sum(weight) over counted sections.
// - A failed critical item (no, the lowest scale value, a failing option) zeroes its section
//   (Critical::Section, section criticalFail) or the overall score (Critical::Evaluation,
//   criticalFail); the other sections keep their own scores for coaching.
// - No counted section at all (everything N/A, unanswered or text): overall is empty, the
//   result is not scored and does not pass (verdict NotScored); there is no division by zero.
// - passed = overall >= passMark (equal passes; 1e-9 tolerance for rounding in the weighted
//   mean) and no evaluation-level critical fail.
ScoreResult score(const Checklist& checklist, const AnswerSet& answers);

} // namespace callqa::checklists
