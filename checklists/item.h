#pragma once

#include "checklists/option.h"

#include <QList>
#include <QString>

namespace callqa::checklists {

enum class ItemType { YesNo, Scale, Choice, Text };

// What a failed critical item zeroes: nothing, its section, or the whole evaluation.
enum class Critical { None, Section, Evaluation };

// One question of a checklist. The key stays the same across published versions.
struct Item {
    QString key;
    QString prompt;
    QString guidance;
    ItemType type = ItemType::YesNo;
    double points = 1.0; // ignored on text items
    bool allowNa = false;
    Critical critical = Critical::None;
    int scaleMin = 1;      // scale items only
    int scaleMax = 5;      // scale items only
    QList<Option> options; // choice items only

    bool isScored() const { return type != ItemType::Text; }
    bool operator==(const Item&) const = default;
};

} // namespace callqa::checklists
