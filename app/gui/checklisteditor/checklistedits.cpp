#include "app/gui/checklisteditor/checklistedits.h"

namespace callqa::app {

using checklists::Checklist;
using checklists::Item;
using checklists::Section;

namespace {

bool validSection(const Checklist& checklist, int section)
{
    return section >= 0 && section < checklist.sections.size();
}

bool validItem(const Checklist& checklist, NodeRef node)
{
    return validSection(checklist, node.section) && node.item >= 0 &&
           node.item < checklist.sections.at(node.section).items.size();
}

Item newItem(const QString& key, const QString& prompt)
{
    Item item;
    item.key = key;
    item.prompt = prompt;
    return item;
}

} // namespace

QString uniqueKey(const QString& base, const QSet<QString>& taken)
{
    const QString stem = base.isEmpty() ? QStringLiteral("key") : base;
    if (!taken.contains(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = stem + u'-' + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QSet<QString> sectionKeys(const Checklist& checklist)
{
    QSet<QString> keys;
    for (const Section& section : checklist.sections)
        keys.insert(section.key);
    return keys;
}

QSet<QString> itemKeys(const Checklist& checklist)
{
    QSet<QString> keys;
    for (const Section& section : checklist.sections) {
        for (const Item& item : section.items)
            keys.insert(item.key);
    }
    return keys;
}

EditResult addSection(const Checklist& checklist, NodeRef at, const QString& title,
                      const QString& itemPrompt)
{
    Checklist result = checklist;
    Section section;
    section.key = uniqueKey(QStringLiteral("section"), sectionKeys(checklist));
    section.title = title;
    section.items.append(
        newItem(uniqueKey(QStringLiteral("item"), itemKeys(checklist)), itemPrompt));
    const int index =
        validSection(checklist, at.section) ? at.section + 1 : int(checklist.sections.size());
    result.sections.insert(index, section);
    return {result, NodeRef::ofSection(index)};
}

EditResult addItem(const Checklist& checklist, NodeRef at, const QString& prompt)
{
    if (!validSection(checklist, at.section))
        return {checklist, at};
    Checklist result = checklist;
    QList<Item>& items = result.sections[at.section].items;
    const int index = validItem(checklist, at) ? at.item + 1 : int(items.size());
    items.insert(index, newItem(uniqueKey(QStringLiteral("item"), itemKeys(checklist)), prompt));
    return {result, NodeRef::ofItem(at.section, index)};
}

EditResult duplicateNode(const Checklist& checklist, NodeRef node)
{
    Checklist result = checklist;
    QSet<QString> takenItems = itemKeys(checklist);
    const auto copyItem = [&takenItems](Item item) {
        item.key = uniqueKey(item.key + QStringLiteral("-copy"), takenItems);
        takenItems.insert(item.key);
        return item;
    };
    if (validItem(checklist, node)) {
        const Item& original = checklist.sections.at(node.section).items.at(node.item);
        result.sections[node.section].items.insert(node.item + 1, copyItem(original));
        return {result, NodeRef::ofItem(node.section, node.item + 1)};
    }
    if (node.isSection() && validSection(checklist, node.section)) {
        Section copy = checklist.sections.at(node.section);
        copy.key = uniqueKey(copy.key + QStringLiteral("-copy"), sectionKeys(checklist));
        for (Item& item : copy.items)
            item = copyItem(item);
        result.sections.insert(node.section + 1, copy);
        return {result, NodeRef::ofSection(node.section + 1)};
    }
    return {checklist, node};
}

EditResult removeNode(const Checklist& checklist, NodeRef node)
{
    Checklist result = checklist;
    if (validItem(checklist, node)) {
        QList<Item>& items = result.sections[node.section].items;
        items.removeAt(node.item);
        if (items.isEmpty())
            return {result, NodeRef::ofSection(node.section)};
        return {result, NodeRef::ofItem(node.section, std::min<int>(node.item, items.size() - 1))};
    }
    if (node.isSection() && validSection(checklist, node.section)) {
        result.sections.removeAt(node.section);
        if (result.sections.isEmpty())
            return {result, NodeRef::checklist()};
        return {result,
                NodeRef::ofSection(std::min<int>(node.section, result.sections.size() - 1))};
    }
    return {checklist, node};
}

EditResult moveSection(const Checklist& checklist, int from, int to)
{
    if (!validSection(checklist, from) || to < 0 || to > checklist.sections.size())
        return {checklist, NodeRef::ofSection(from)};
    const int target = to > from ? to - 1 : to;
    Checklist result = checklist;
    result.sections.move(from, target);
    return {result, NodeRef::ofSection(target)};
}

EditResult moveItem(const Checklist& checklist, NodeRef from, int toSection, int toRow)
{
    if (!validItem(checklist, from) || !validSection(checklist, toSection))
        return {checklist, from};
    const int count = checklist.sections.at(toSection).items.size();
    if (toRow < 0 || toRow > count)
        toRow = count;
    Checklist result = checklist;
    const Item item = result.sections[from.section].items.takeAt(from.item);
    if (toSection == from.section && toRow > from.item)
        --toRow;
    result.sections[toSection].items.insert(toRow, item);
    return {result, NodeRef::ofItem(toSection, toRow)};
}

} // namespace callqa::app
