#pragma once

#include "checklists/checklist.h"
#include "checklists/importresult.h"

#include <QByteArray>

namespace callqa::checklists {

// The interchange format "callqa.checklist/1" (docs/checklist-schema.md).

// Reads a whole checklist or nothing: syntax errors (with line, column and offset), wrong types,
// missing required or unknown fields and unknown names come first, each under its JSON path;
// a document that reads cleanly is then checked with validate().
ImportResult<Checklist> fromJson(const QByteArray& json);

// Reads the structure only, without validate(): for drafts, which may break rules while a
// supervisor is still editing them. fromDraftJson(toJson(c)) == c for every checklist.
ImportResult<Checklist> fromDraftJson(const QByteArray& json);

// Indented UTF-8 JSON. fromJson(toJson(c)) == c for every valid checklist.
QByteArray toJson(const Checklist& checklist);

} // namespace callqa::checklists
