#include "checklists/answerset.h"

namespace callqa::checklists {

void AnswerSet::set(const QString& itemKey, const Answer& answer)
{
    if (answer.isAnswered()) {
        m_answers.insert(itemKey, answer);
    } else {
        m_answers.remove(itemKey);
    }
}

} // namespace callqa::checklists
