#pragma once

#include <QString>

namespace callqa::checklists {

// One answer a reviewer can pick on a choice item.
struct Option {
    QString key;
    QString label;
    double fraction = 0.0; // share of the item's points, 0..1
    bool failing = false;  // choosing it fails the item when the item is critical

    bool operator==(const Option&) const = default;
};

} // namespace callqa::checklists
