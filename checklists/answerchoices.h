#pragma once
// The answers an item offers, in the order a reviewer picks them with the digit keys 1-9: yes
// then no; a scale's values from its lowest; a choice item's options in their order. Text items
// offer none (they are typed). N/A is not numbered: it has its own key, and only where allowed.

#include "checklists/answer.h"
#include "checklists/item.h"

#include <QList>
#include <QString>

#include <optional>

namespace callqa::checklists {

struct AnswerChoice {
    int number = 0; // 1-based; the digit key when <= 9
    Answer answer;
    QString label; // translated
};

QList<AnswerChoice> answerChoices(const Item& item);

// The answer the digit (1-9) picks on the item; none when the item has no such choice.
std::optional<Answer> answerForDigit(const Item& item, int digit);

// N/A, where the item allows it.
std::optional<Answer> notApplicableFor(const Item& item);

// How an answer reads on the item (a choice's label, "3 of 1-5", "N/A"); empty when unanswered.
QString describeAnswer(const Item& item, const Answer& answer);

} // namespace callqa::checklists
