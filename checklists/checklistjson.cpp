#include "checklists/checklistjson.h"

#include "checklists/json/checklistreader.h"
#include "checklists/json/checklistwriter.h"
#include "checklists/json/jsondocument.h"
#include "checklists/validation.h"

#include <QJsonDocument>

namespace callqa::checklists {

ImportResult<Checklist> fromJson(const QByteArray& json)
{
    QList<ValidationError> errors;
    const auto root = parseJsonObject(json, errors);
    if (!root) {
        return errors;
    }
    const Checklist checklist = readChecklist(ObjectReader(*root, {}, &errors));
    if (!errors.isEmpty()) {
        return errors;
    }
    errors = validate(checklist);
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
