#pragma once

#include "checklists/item.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace callqa::checklists {

// The schema's names for item types ("yes_no", "scale", "choice", "text") and critical levels
// ("none", "section", "evaluation").
QString itemTypeName(ItemType type);
std::optional<ItemType> itemTypeFromName(QStringView name);
QString criticalName(Critical critical);
std::optional<Critical> criticalFromName(QStringView name);

} // namespace callqa::checklists
