#pragma once

#include <QString>

namespace callqa::review {

// Folds text for case-insensitive matching that behaves the same on SQLite and PostgreSQL
// (SQLite's lower() and NOCASE are ASCII-only). Full Unicode case folding plus the special cases
// simple folding leaves alone: Turkish dotted capital I and German sharp s.
QString foldForSearch(const QString& text);

} // namespace callqa::review
