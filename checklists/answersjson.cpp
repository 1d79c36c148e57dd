#include "checklists/answersjson.h"

#include "checklists/internal/jsonpath.h"
#include "checklists/json/answerreader.h"
#include "checklists/json/jsondocument.h"
#include "checklists/json/schema.h"

#include <QJsonDocument>

namespace callqa::checklists {

using namespace Qt::StringLiterals;

ImportResult<AnswerSet> answersFromJsonObject(const QJsonObject& answers, const QString& path)
{
    QList<ValidationError> errors;
    AnswerSet set;
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        set.set(it.key(), readAnswer(it.value(), childPath(path, it.key()), errors));
    }
    if (!errors.isEmpty()) {
        return errors;
    }
    return set;
}

ImportResult<AnswerSet> answersFromJson(const QByteArray& json)
{
    QList<ValidationError> errors;
    const auto root = parseJsonObject(json, errors);
    if (!root) {
        return errors;
    }
    const ObjectReader reader(*root, {}, &errors);
    reader.rejectUnknown({u"schema", u"answers"});
    checkSchema(reader, kAnswersSchema);
    const auto answers = reader.object(u"answers", Need::Required);
    if (!errors.isEmpty() || !answers) {
        return errors;
    }
    return answersFromJsonObject(root->value(u"answers").toObject(), answers->path());
}

QJsonObject answersToJsonObject(const AnswerSet& answers)
{
    QJsonObject object;
    for (const QString& key : answers.itemKeys()) {
        object.insert(key, writeAnswer(answers.answer(key)));
    }
    return object;
}

QByteArray answersToJson(const AnswerSet& answers)
{
    const QJsonObject root{
        {u"schema"_s, kAnswersSchema.toString()},
        {u"answers"_s, answersToJsonObject(answers)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace callqa::checklists
