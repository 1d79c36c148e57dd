#pragma once

#include <QList>
#include <QStringList>

namespace callqa::review {

// RFC 4180 records of `text`; `separator` is ',' or ';'. Quoted fields may hold separators,
// quotes ("") and line breaks. Blank lines are dropped.
QList<QStringList> splitCsv(const QString& text, QChar separator);

// ';' when the header line (the first line) has more semicolons than commas, else ','.
QChar csvSeparatorOf(const QString& text);

} // namespace callqa::review
