#include "review/calls/csvrecords.h"

namespace callqa::review {

QList<QStringList> splitCsv(const QString& text, QChar separator)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record << field;
            if (!(record.size() == 1 && record.first().trimmed().isEmpty()))
                records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

QChar csvSeparatorOf(const QString& text)
{
    const qsizetype headerEnd = text.indexOf(QLatin1Char('\n'));
    const QString headerLine = text.left(headerEnd < 0 ? text.size() : headerEnd);
    return headerLine.count(QLatin1Char(';')) > headerLine.count(QLatin1Char(','))
               ? QLatin1Char(';')
               : QLatin1Char(',');
}

} // namespace callqa::review
