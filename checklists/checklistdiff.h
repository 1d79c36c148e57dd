#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace callqa::checklists {

enum class ChangeKind { Added, Removed, Changed };

// Fields are named as in the JSON schema ("weight", "allow_na", "options", ...), plus
// "section_order", "item_order" (the order of the entries both versions share changed) and
// "section" (an item moved to another section).
struct SectionChange {
    ChangeKind kind = ChangeKind::Changed;
    QString key;
    QStringList fields; // Changed only

    bool operator==(const SectionChange&) const = default;
};

struct ItemChange {
    ChangeKind kind = ChangeKind::Changed;
    QString key;
    QString sectionKey; // where the item is in the draft (in the published version if removed)
    QStringList fields; // Changed only

    bool operator==(const ItemChange&) const = default;
};

// What a draft changes against the last published version, matched by key.
struct ChecklistDiff {
    QStringList fields; // checklist-level fields
    QList<SectionChange> sections;
    QList<ItemChange> items;

    bool isEmpty() const { return fields.isEmpty() && sections.isEmpty() && items.isEmpty(); }
};

} // namespace callqa::checklists
