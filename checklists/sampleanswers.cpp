#include "checklists/sampleanswers.h"

#include <algorithm>
#include <utility>

namespace callqa::checklists {

namespace {

Answer bestAnswer(const Item& item)
{
    switch (item.type) {
    case ItemType::YesNo:
        return Answer::yes();
    case ItemType::Scale:
        return Answer::scale(item.scaleMax);
    case ItemType::Choice: {
        // the largest fraction; of equals, one that does not fail
        const auto best = std::max_element(
            item.options.begin(), item.options.end(), [](const Option& a, const Option& b) {
                return std::pair(a.fraction, !a.failing) < std::pair(b.fraction, !b.failing);
            });
        return best == item.options.end() ? Answer() : Answer::choice(best->key);
    }
    case ItemType::Text:
        break;
    }
    return {};
}

} // namespace

AnswerSet fullMarksAnswers(const Checklist& checklist)
{
    AnswerSet answers;
    for (const Section& section : checklist.sections) {
        for (const Item& item : section.items)
            answers.set(item.key, bestAnswer(item));
    }
    return answers;
}

} // namespace callqa::checklists
