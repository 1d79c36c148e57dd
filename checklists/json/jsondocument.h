#pragma once

#include "checklists/validationerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace callqa::checklists {

// Parses a JSON document whose root must be an object; a syntax error is reported with its
// line, column and byte offset.
std::optional<QJsonObject> parseJsonObject(const QByteArray& json, QList<ValidationError>& errors);

} // namespace callqa::checklists
