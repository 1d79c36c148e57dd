#pragma once

#include <QString>

namespace callqa::review {

// Folds text for case-insensitive matching that behaves the same on SQLite and PostgreSQL
// (SQLite's lower() and NOCASE are ASCII-only). Full Unicode case folding plus the special cases
// simple folding leaves alone: Turkish dotted capital I and German sharp s.
QString foldForSearch(const QString& text);

// Looser, for the library's search box only (never for unique names): foldForSearch, then without
// accents and other combining marks (ä, ё, Persian harakat), dotless ı as i, and the Arabic yeh
// and kaf as the Persian letters, so "yildiz", "jurgen", "петр" and an Arabic keyboard's "رضايي"
// find Yıldız, Jürgen, Пётр and رضایی.
QString foldForLibrarySearch(const QString& text);

} // namespace callqa::review
