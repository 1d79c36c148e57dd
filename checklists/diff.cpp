#include "checklists/diff.h"

#include <QHash>
#include <QSet>

namespace callqa::checklists {

using namespace Qt::StringLiterals;

namespace {

struct ItemPlace {
    const Item* item = nullptr;
    QString sectionKey;
};

template <typename T>
void compare(QStringList& fields, const QString& name, const T& before, const T& after)
{
    if (!(before == after)) {
        fields.append(name);
    }
}

// Whether the keys both lists share come in a different order.
bool orderChanged(const QStringList& before, const QStringList& after)
{
    const QSet<QString> inBefore(before.cbegin(), before.cend());
    const QSet<QString> inAfter(after.cbegin(), after.cend());
    QStringList sharedBefore;
    QStringList sharedAfter;
    for (const QString& key : before) {
        if (inAfter.contains(key)) {
            sharedBefore.append(key);
        }
    }
    for (const QString& key : after) {
        if (inBefore.contains(key)) {
            sharedAfter.append(key);
        }
    }
    return sharedBefore != sharedAfter;
}

template <typename T> QStringList keysOf(const QList<T>& entries)
{
    QStringList keys;
    for (const T& entry : entries) {
        keys.append(entry.key);
    }
    return keys;
}

QHash<QString, ItemPlace> placesOf(const Checklist& checklist)
{
    QHash<QString, ItemPlace> places;
    for (const Section& section : checklist.sections) {
        for (const Item& item : section.items) {
            places.insert(item.key, {&item, section.key});
        }
    }
    return places;
}

QStringList itemFields(const Item& before, const Item& after)
{
    QStringList fields;
    compare(fields, u"prompt"_s, before.prompt, after.prompt);
    compare(fields, u"guidance"_s, before.guidance, after.guidance);
    compare(fields, u"type"_s, before.type, after.type);
    if (before.isScored() || after.isScored()) {
        compare(fields, u"points"_s, before.points, after.points);
    }
    compare(fields, u"allow_na"_s, before.allowNa, after.allowNa);
    compare(fields, u"critical"_s, before.critical, after.critical);
    if (before.type == ItemType::Scale && after.type == ItemType::Scale) {
        compare(fields, u"scale"_s, std::pair(before.scaleMin, before.scaleMax),
                std::pair(after.scaleMin, after.scaleMax));
    }
    if (before.type == ItemType::Choice && after.type == ItemType::Choice) {
        compare(fields, u"options"_s, before.options, after.options);
    }
    return fields;
}

QStringList sectionFields(const Section& before, const Section& after)
{
    QStringList fields;
    compare(fields, u"title"_s, before.title, after.title);
    compare(fields, u"weight"_s, before.weight, after.weight);
    compare(fields, u"item_order"_s, false,
            orderChanged(keysOf(before.items), keysOf(after.items)));
    return fields;
}

QStringList checklistFields(const Checklist& before, const Checklist& after)
{
    QStringList fields;
    compare(fields, u"key"_s, before.key, after.key);
    compare(fields, u"name"_s, before.name, after.name);
    compare(fields, u"description"_s, before.description, after.description);
    compare(fields, u"pass_mark"_s, before.passMark, after.passMark);
    compare(fields, u"section_order"_s, false,
            orderChanged(keysOf(before.sections), keysOf(after.sections)));
    return fields;
}

QList<SectionChange> sectionChanges(const Checklist& published, const Checklist& draft)
{
    QHash<QString, const Section*> before;
    QSet<QString> after;
    for (const Section& section : published.sections) {
        before.insert(section.key, &section);
    }
    QList<SectionChange> changes;
    for (const Section& section : draft.sections) {
        after.insert(section.key);
    }
    for (const Section& section : published.sections) {
        if (!after.contains(section.key)) {
            changes.append({ChangeKind::Removed, section.key, {}});
        }
    }
    for (const Section& section : draft.sections) {
        const Section* old = before.value(section.key);
        if (!old) {
            changes.append({ChangeKind::Added, section.key, {}});
        } else if (const QStringList fields = sectionFields(*old, section); !fields.isEmpty()) {
            changes.append({ChangeKind::Changed, section.key, fields});
        }
    }
    return changes;
}

QList<ItemChange> itemChanges(const Checklist& published, const Checklist& draft)
{
    const QHash<QString, ItemPlace> before = placesOf(published);
    const QHash<QString, ItemPlace> after = placesOf(draft);
    QList<ItemChange> changes;
    for (const Section& section : published.sections) {
        for (const Item& item : section.items) {
            if (!after.contains(item.key)) {
                changes.append({ChangeKind::Removed, item.key, section.key, {}});
            }
        }
    }
    for (const Section& section : draft.sections) {
        for (const Item& item : section.items) {
            const ItemPlace old = before.value(item.key);
            if (!old.item) {
                changes.append({ChangeKind::Added, item.key, section.key, {}});
                continue;
            }
            QStringList fields = itemFields(*old.item, item);
            compare(fields, u"section"_s, old.sectionKey, section.key);
            if (!fields.isEmpty()) {
                changes.append({ChangeKind::Changed, item.key, section.key, fields});
            }
        }
    }
    return changes;
}

} // namespace

ChecklistDiff diff(const Checklist& published, const Checklist& draft)
{
    ChecklistDiff result;
    result.fields = checklistFields(published, draft);
    result.sections = sectionChanges(published, draft);
    result.items = itemChanges(published, draft);
    return result;
}

} // namespace callqa::checklists
