#include "checklists/checklistjson.h"

#include "checklists/json/checklistreader.h"
#include "checklists/json/checklistwriter.h"
#include "checklists/json/jsondocument.h"
#include "checklists/validation.h"

#include <QJsonDocument>

namespace callqa::checklists {

ImportResult<Checklist> fromDraftJson(const QByteArray& json)
{
    QList<ValidationError> errors;
    const auto root = parseJsonObject(json, errors);
    if (!root) {
        return errors;
    }
    Checklist checklist = readChecklist(ObjectReader(*root, {}, &errors));
    if (!errors.isEmpty()) {
        return errors;
    }
    return checklist;
}

ImportResult<Checklist> fromJson(const QByteArray& json)
{
    const auto read = fromDraftJson(json);
    if (!read.ok()) {
        return read;
    }
    const Checklist& checklist = read.value();
    QList<ValidationError> errors = validate(checklist);
    if (!errors.isEmpty()) {
        return errors;
    }
    return checklist;
}

QByteArray toJson(const Checklist& checklist)
{
    return QJsonDocument(writeChecklist(checklist)).toJson(QJsonDocument::Indented);
}

} // namespace callqa::checklists
