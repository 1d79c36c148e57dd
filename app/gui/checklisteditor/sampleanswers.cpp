#include "app/gui/checklisteditor/sampleanswers.h"

#include <algorithm>

namespace callqa::app {

using checklists::Answer;
using checklists::Critical;
using checklists::Item;
using checklists::ItemType;
using checklists::Option;

Answer sampleAnswer(const Item& item)
{
    const bool critical = item.critical != Critical::None;
    switch (item.type) {
    case ItemType::YesNo:
        return Answer::yes();
    case ItemType::Scale:
        if (critical || item.scaleMax - item.scaleMin < 2)
            return Answer::scale(item.scaleMax);
        return Answer::scale(item.scaleMax - 1);
    case ItemType::Choice: {
        QList<Option> passing;
        for (const Option& option : item.options) {
            if (!option.failing)
                passing.append(option);
        }
        if (passing.isEmpty())
            return item.options.isEmpty() ? Answer() : Answer::choice(item.options.first().key);
        std::stable_sort(passing.begin(), passing.end(),
                         [](const Option& a, const Option& b) { return a.fraction > b.fraction; });
        const int pick = critical || passing.size() < 2 ? 0 : 1;
        return Answer::choice(passing.at(pick).key);
    }
    case ItemType::Text:
        break;
    }
    return {};
}

checklists::AnswerSet sampleAnswers(const checklists::Checklist& checklist)
{
    checklists::AnswerSet answers;
    for (const checklists::Section& section : checklist.sections) {
        for (const Item& item : section.items)
            answers.set(item.key, sampleAnswer(item));
    }
    return answers;
}

} // namespace callqa::app
