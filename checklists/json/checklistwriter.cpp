#include "checklists/json/checklistwriter.h"

#include "checklists/json/enumnames.h"
#include "checklists/json/schema.h"

#include <QJsonArray>

namespace callqa::checklists {

using namespace Qt::StringLiterals;

namespace {

QJsonObject writeOption(const Option& option)
{
    return QJsonObject{
        {u"key"_s, option.key},
        {u"label"_s, option.label},
        {u"fraction"_s, option.fraction},
        {u"failing"_s, option.failing},
    };
}

QJsonObject writeItem(const Item& item)
{
    QJsonObject object{
        {u"key"_s, item.key},
        {u"prompt"_s, item.prompt},
        {u"guidance"_s, item.guidance},
        {u"type"_s, itemTypeName(item.type)},
        {u"points"_s, item.points},
        {u"allow_na"_s, item.allowNa},
        {u"critical"_s, criticalName(item.critical)},
    };
    if (item.type == ItemType::Scale) {
        object.insert(u"scale"_s,
                      QJsonObject{{u"min"_s, item.scaleMin}, {u"max"_s, item.scaleMax}});
    }
    if (item.type == ItemType::Choice) {
        QJsonArray options;
        for (const Option& option : item.options) {
            options.append(writeOption(option));
        }
        object.insert(u"options"_s, options);
    }
    return object;
}

QJsonObject writeSection(const Section& section)
{
    QJsonArray items;
    for (const Item& item : section.items) {
        items.append(writeItem(item));
    }
    return QJsonObject{
        {u"key"_s, section.key},
        {u"title"_s, section.title},
        {u"weight"_s, section.weight},
        {u"items"_s, items},
    };
}

} // namespace

QJsonObject writeChecklist(const Checklist& checklist)
{
    QJsonArray sections;
    for (const Section& section : checklist.sections) {
        sections.append(writeSection(section));
    }
    return QJsonObject{
        {u"schema"_s, kChecklistSchema.toString()},
        {u"key"_s, checklist.key},
        {u"name"_s, checklist.name},
        {u"description"_s, checklist.description},
        {u"pass_mark"_s, checklist.passMark},
        {u"sections"_s, sections},
    };
}

} // namespace callqa::checklists
