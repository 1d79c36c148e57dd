#include "checklists/scoring/itemscore.h"

#include "checklists/internal/messages.h"

#include <algorithm>

namespace callqa::checklists {
namespace {

ItemScore invalid(const QString& reason)
{
    ItemScore result;
    result.status = ItemScore::Status::Invalid;
    result.invalidReason = reason;
    return result;
}

ItemScore counted(const Item& item, double fraction, bool failingAnswer)
{
    ItemScore result;
    result.status = ItemScore::Status::Counted;
    result.possible = item.points;
    result.earned = item.points * fraction;
    result.criticalFail = failingAnswer && item.critical != Critical::None;
    return result;
}

ItemScore scoreYesNo(const Item& item, const Answer& answer)
{
    if (answer.kind() == Answer::Kind::Yes) {
        return counted(item, 1.0, false);
    }
    if (answer.kind() == Answer::Kind::No) {
        return counted(item, 0.0, true);
    }
    return invalid(Messages::tr("a yes/no item needs yes, no or N/A"));
}

ItemScore scoreScale(const Item& item, const Answer& answer)
{
    if (answer.kind() != Answer::Kind::Scale) {
        return invalid(Messages::tr("a scale item needs a number or N/A"));
    }
    const int value = answer.scaleValue();
    if (value < item.scaleMin || value > item.scaleMax || item.scaleMin >= item.scaleMax) {
        return invalid(Messages::tr("%1 is outside the scale %2 to %3")
                           .arg(value)
                           .arg(item.scaleMin)
                           .arg(item.scaleMax));
    }
    const double fraction = double(value - item.scaleMin) / double(item.scaleMax - item.scaleMin);
    return counted(item, fraction, value == item.scaleMin);
}

ItemScore scoreChoice(const Item& item, const Answer& answer)
{
    if (answer.kind() != Answer::Kind::Choice) {
        return invalid(Messages::tr("a choice item needs one of its options or N/A"));
    }
    const auto option = std::find_if(item.options.cbegin(), item.options.cend(),
                                     [&](const Option& o) { return o.key == answer.choiceKey(); });
    if (option == item.options.cend()) {
        return invalid(
            Messages::tr("\"%1\" is not an option of this item").arg(answer.choiceKey()));
    }
    return counted(item, std::clamp(option->fraction, 0.0, 1.0), option->failing);
}

} // namespace

ItemScore scoreItem(const Item& item, const Answer& answer)
{
    switch (answer.kind()) {
    case Answer::Kind::Unanswered: {
        ItemScore result;
        result.status =
            item.isScored() ? ItemScore::Status::Unanswered : ItemScore::Status::Excluded;
        return result;
    }
    case Answer::Kind::NotApplicable:
        if (!item.allowNa) {
            return invalid(Messages::tr("N/A is not allowed on this item"));
        }
        return {};
    default:
        break;
    }
    switch (item.type) {
    case ItemType::YesNo:
        return scoreYesNo(item, answer);
    case ItemType::Scale:
        return scoreScale(item, answer);
    case ItemType::Choice:
        return scoreChoice(item, answer);
    case ItemType::Text:
        break;
    }
    if (answer.kind() != Answer::Kind::Text) {
        return invalid(Messages::tr("a text item needs text"));
    }
    return {};
}

} // namespace callqa::checklists
