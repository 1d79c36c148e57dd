#pragma once

#include "checklists/section.h"

#include <QList>
#include <QString>

namespace callqa::checklists {

// An evaluation form: ordered sections of ordered items. A plain value; see validate().
struct Checklist {
    QString key;
    QString name;
    QString description;
    double passMark = 80.0; // percent, 0..100
    QList<Section> sections;

    bool operator==(const Checklist&) const = default;

    // The item with this key, in whichever section; null when there is none.
    const Item* findItem(const QString& itemKey) const
    {
        for (const Section& section : sections)
            for (const Item& item : section.items)
                if (item.key == itemKey)
                    return &item;
        return nullptr;
    }
};

} // namespace callqa::checklists
