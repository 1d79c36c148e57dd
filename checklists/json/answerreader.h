#pragma once

#include "checklists/answer.h"
#include "checklists/validationerror.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace callqa::checklists {

// One answer value; a value of no known form is reported under `path` and read as unanswered.
Answer readAnswer(const QJsonValue& value, const QString& path, QList<ValidationError>& errors);
QJsonValue writeAnswer(const Answer& answer);

} // namespace callqa::checklists
