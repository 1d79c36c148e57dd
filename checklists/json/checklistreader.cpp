#include "checklists/json/checklistreader.h"

#include "checklists/internal/messages.h"
#include "checklists/json/enumnames.h"
#include "checklists/json/schema.h"

namespace callqa::checklists {
namespace {

void readScale(const ObjectReader& reader, Item& item)
{
    if (item.type != ItemType::Scale) {
        if (reader.has(u"scale")) {
            reader.addError(u"scale", Messages::tr("only scale items have a scale"));
        }
        return;
    }
    if (const auto scale = reader.object(u"scale", Need::Required)) {
        scale->rejectUnknown({u"min", u"max"});
        item.scaleMin = scale->integer(u"min", Need::Required, item.scaleMin);
        item.scaleMax = scale->integer(u"max", Need::Required, item.scaleMax);
    }
}

void readOptions(const ObjectReader& reader, Item& item)
{
    if (item.type != ItemType::Choice) {
        if (reader.has(u"options")) {
            reader.addError(u"options", Messages::tr("only choice items have options"));
        }
        return;
    }
    for (const ObjectReader& optionReader : reader.objects(u"options", Need::Required)) {
        optionReader.rejectUnknown({u"key", u"label", u"fraction", u"failing"});
        Option option;
        option.key = optionReader.string(u"key", Need::Required);
        option.label = optionReader.string(u"label", Need::Required);
        option.fraction = optionReader.number(u"fraction", Need::Required);
        option.failing = optionReader.boolean(u"failing", Need::Optional);
        item.options.append(option);
    }
}

// Returns whether the item type is known; the type-specific fields are read only then.
bool readEnums(const ObjectReader& reader, Item& item)
{
    const auto type = reader.maybeString(u"type", Need::Required);
    const auto parsedType = itemTypeFromName(type.value_or(QString()));
    if (parsedType) {
        item.type = *parsedType;
    } else if (type) {
        reader.addError(u"type", Messages::tr("unknown item type \"%1\" (expected yes_no, scale, "
                                              "choice or text)")
                                     .arg(*type));
    }
    const QString critical =
        reader.string(u"critical", Need::Optional, criticalName(Critical::None));
    if (const auto parsed = criticalFromName(critical)) {
        item.critical = *parsed;
    } else {
        reader.addError(u"critical", Messages::tr("unknown critical level \"%1\" (expected none, "
                                                  "section or evaluation)")
                                         .arg(critical));
    }
    return parsedType.has_value();
}

Item readItem(const ObjectReader& reader)
{
    reader.rejectUnknown({u"key", u"prompt", u"guidance", u"type", u"points", u"allow_na",
                          u"critical", u"scale", u"options"});
    Item item;
    item.key = reader.string(u"key", Need::Required);
    item.prompt = reader.string(u"prompt", Need::Required);
    item.guidance = reader.string(u"guidance", Need::Optional);
    const bool typeKnown = readEnums(reader, item);
    const bool needsPoints = typeKnown && item.isScored();
    item.points = reader.number(u"points", needsPoints ? Need::Required : Need::Optional, 0.0);
    item.allowNa = reader.boolean(u"allow_na", Need::Optional);
    if (typeKnown) {
        readScale(reader, item);
        readOptions(reader, item);
    }
    return item;
}

Section readSection(const ObjectReader& reader)
{
    reader.rejectUnknown({u"key", u"title", u"weight", u"items"});
    Section section;
    section.key = reader.string(u"key", Need::Required);
    section.title = reader.string(u"title", Need::Required);
    section.weight = reader.number(u"weight", Need::Required);
    for (const ObjectReader& itemReader : reader.objects(u"items", Need::Required)) {
        section.items.append(readItem(itemReader));
    }
    return section;
}

} // namespace

Checklist readChecklist(const ObjectReader& root)
{
    root.rejectUnknown({u"schema", u"key", u"name", u"description", u"pass_mark", u"sections"});
    checkSchema(root, kChecklistSchema);
    Checklist checklist;
    checklist.key = root.string(u"key", Need::Required);
    checklist.name = root.string(u"name", Need::Required);
    checklist.description = root.string(u"description", Need::Optional);
    checklist.passMark = root.number(u"pass_mark", Need::Required);
    for (const ObjectReader& sectionReader : root.objects(u"sections", Need::Required)) {
        checklist.sections.append(readSection(sectionReader));
    }
    return checklist;
}

} // namespace callqa::checklists
