#pragma once

#include "checklists/item.h"
#include "checklists/validationerror.h"

#include <QList>
#include <QString>

namespace callqa::checklists {

// The rules of one item on its own (keys unique across the checklist are checked by validate()).
void validateItem(const Item& item, const QString& path, QList<ValidationError>& errors);

} // namespace callqa::checklists
