#pragma once

#include <QString>

namespace callqa::checklists {

// An answer that does not fit its item (or names no item); it is reported, never scored.
struct InvalidAnswer {
    QString itemKey;
    QString reason; // translated, user-visible

    bool operator==(const InvalidAnswer&) const = default;
};

} // namespace callqa::checklists
