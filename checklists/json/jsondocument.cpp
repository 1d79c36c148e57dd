#include "checklists/json/jsondocument.h"

#include "checklists/internal/messages.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace callqa::checklists {

std::optional<QJsonObject> parseJsonObject(const QByteArray& json, QList<ValidationError>& errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, json.size());
        const QByteArray before = json.left(offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
        errors.append({{},
                       Messages::tr("not valid JSON at line %1, column %2 (offset %3): %4")
                           .arg(line)
                           .arg(column)
                           .arg(offset)
                           .arg(parseError.errorString())});
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors.append({{}, Messages::tr("the document must be a JSON object")});
        return std::nullopt;
    }
    return document.object();
}

} // namespace callqa::checklists
