#pragma once

#include "checklists/json/objectreader.h"

#include <QStringView>

namespace callqa::checklists {

inline constexpr QStringView kChecklistSchema = u"callqa.checklist/1";
inline constexpr QStringView kAnswersSchema = u"callqa.answers/1";

// Reports a missing or different "schema" field of a root object.
void checkSchema(const ObjectReader& root, QStringView expected);

} // namespace callqa::checklists
