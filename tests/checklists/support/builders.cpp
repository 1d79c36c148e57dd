#include "support/builders.h"

namespace callqa::checklists::test {

namespace {

Item item(const QString& key, ItemType type, double points, Critical critical)
{
    Item out;
    out.key = key;
    out.prompt = QStringLiteral("Prompt for ") + key;
    out.type = type;
    out.points = points;
    out.critical = critical;
    return out;
}

} // namespace

Item yesNo(const QString& key, double points, Critical critical)
{
    return item(key, ItemType::YesNo, points, critical);
}

Item scale(const QString& key, int min, int max, double points, Critical critical)
{
    Item out = item(key, ItemType::Scale, points, critical);
    out.scaleMin = min;
    out.scaleMax = max;
    return out;
}

Item choice(const QString& key, QList<Option> options, double points, Critical critical)
{
    Item out = item(key, ItemType::Choice, points, critical);
    out.options = std::move(options);
    return out;
}

Item text(const QString& key)
{
    return item(key, ItemType::Text, 0.0, Critical::None);
}

Item allowingNa(Item item)
{
    item.allowNa = true;
    return item;
}

Section section(const QString& key, double weight, QList<Item> items)
{
    Section out;
    out.key = key;
    out.title = QStringLiteral("Title of ") + key;
    out.weight = weight;
    out.items = std::move(items);
    return out;
}

Checklist checklist(QList<Section> sections, double passMark)
{
    Checklist out;
    out.key = QStringLiteral("test-form");
    out.name = QStringLiteral("Test form");
    out.passMark = passMark;
    out.sections = std::move(sections);
    return out;
}

QList<Option> threeOptions(bool noneFails)
{
    return {
        {QStringLiteral("full"), QStringLiteral("Full"), 1.0, false},
        {QStringLiteral("half"), QStringLiteral("Half"), 0.5, false},
        {QStringLiteral("none"), QStringLiteral("None"), 0.0, noneFails},
    };
}

Checklist sampleChecklist()
{
    return checklist({
        section(k("s0"), 1, {yesNo(k("a")), scale(k("b"), 1, 5), choice(k("c"), threeOptions())}),
        section(k("s1"), 2, {yesNo(k("d")), text(k("notes"))}),
    });
}

Item& itemAt(Checklist& checklist, int section, int item)
{
    return checklist.sections[section].items[item];
}

QString k(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList pathsOf(const QList<ValidationError>& errors)
{
    QStringList paths;
    for (const ValidationError& error : errors) {
        paths.append(error.path);
    }
    return paths;
}

} // namespace callqa::checklists::test
