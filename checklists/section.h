#pragma once

#include "checklists/item.h"

#include <QList>
#include <QString>

namespace callqa::checklists {

struct Section {
    QString key;
    QString title;
    double weight = 1.0; // > 0
    QList<Item> items;

    bool operator==(const Section&) const = default;
};

} // namespace callqa::checklists
