#pragma once

#include "app/gui/checklisteditor/noderef.h"

#include <QString>

namespace callqa::app {

// Where a validation error's JSON path points in the editor. "sections[2].items[0].points" is
// item (2, 0), field "points"; "sections[1].items[0].options[3].fraction" is item (1, 0), field
// "options", option 3, optionField "fraction"; "pass_mark" is the checklist, field "pass_mark".
struct ErrorLocation {
    NodeRef node;
    QString field;
    int option = -1;
    QString optionField;
};

ErrorLocation locateError(const QString& path);

} // namespace callqa::app
