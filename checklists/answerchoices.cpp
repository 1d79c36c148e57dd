#include "checklists/answerchoices.h"

#include "checklists/internal/messages.h"

namespace callqa::checklists {

QList<AnswerChoice> answerChoices(const Item& item)
{
    QList<AnswerChoice> out;
    const auto add = [&out](Answer answer, QString label) {
        out.append({int(out.size()) + 1, std::move(answer), std::move(label)});
    };
    switch (item.type) {
    case ItemType::YesNo:
        add(Answer::yes(), Messages::tr("Yes"));
        add(Answer::no(), Messages::tr("No"));
        break;
    case ItemType::Scale:
        for (int value = item.scaleMin; value <= item.scaleMax; ++value)
            add(Answer::scale(value), QString::number(value));
        break;
    case ItemType::Choice:
        for (const Option& option : item.options)
            add(Answer::choice(option.key), option.label);
        break;
    case ItemType::Text:
        break;
    }
    return out;
}

std::optional<Answer> answerForDigit(const Item& item, int digit)
{
    if (digit < 1 || digit > 9)
        return std::nullopt;
    const QList<AnswerChoice> choices = answerChoices(item);
    if (digit > choices.size())
        return std::nullopt;
    return choices.at(digit - 1).answer;
}

std::optional<Answer> notApplicableFor(const Item& item)
{
    if (!item.allowNa)
        return std::nullopt;
    return Answer::notApplicable();
}

QString describeAnswer(const Item& item, const Answer& answer)
{
    switch (answer.kind()) {
    case Answer::Kind::Unanswered:
        return {};
    case Answer::Kind::NotApplicable:
        return Messages::tr("N/A");
    case Answer::Kind::Text:
        return answer.text();
    case Answer::Kind::Scale:
        return Messages::tr("%1 of %2-%3")
            .arg(QString::number(answer.scaleValue()), QString::number(item.scaleMin),
                 QString::number(item.scaleMax));
    case Answer::Kind::Yes:
    case Answer::Kind::No:
    case Answer::Kind::Choice:
        for (const AnswerChoice& choice : answerChoices(item))
            if (choice.answer == answer)
                return choice.label;
        return answer.kind() == Answer::Kind::Choice ? answer.choiceKey() : QString();
    }
    return {};
}

} // namespace callqa::checklists
