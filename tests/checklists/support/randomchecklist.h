#pragma once

#include "checklists/answerset.h"
#include "checklists/checklist.h"

#include <optional>
#include <random>

// Random valid checklists and answers for property tests; always driven by a seeded engine.
namespace callqa::checklists::test {

// 1..5 sections of 1..5 items of every type, with N/A, critical items, failing options and
// multilingual text; every section starts with a scored item. validate() accepts it.
Checklist randomChecklist(std::mt19937& rng);

// A valid answer for every item; N/A (where allowed) with probability `naChance`.
AnswerSet randomAnswers(const Checklist& checklist, std::mt19937& rng, double naChance = 0.15);

// A valid answer worth more than `answer` on `item` (never a failing one where `answer` is not),
// or empty when `answer` is already the best or not a scored answer.
std::optional<Answer> raisedAnswer(const Item& item, const Answer& answer, std::mt19937& rng);

} // namespace callqa::checklists::test
