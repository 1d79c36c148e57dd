#include "checklists/json/answerreader.h"

#include "checklists/internal/messages.h"

#include <QJsonObject>

#include <cmath>
#include <limits>

namespace callqa::checklists {

using namespace Qt::StringLiterals;

namespace {

std::optional<Answer> fromString(const QString& value)
{
    if (value == u"yes") {
        return Answer::yes();
    }
    if (value == u"no") {
        return Answer::no();
    }
    if (value == u"na") {
        return Answer::notApplicable();
    }
    return std::nullopt;
}

std::optional<Answer> fromNumber(double value)
{
    if (std::trunc(value) != value || std::abs(value) > std::numeric_limits<int>::max()) {
        return std::nullopt;
    }
    return Answer::scale(int(value));
}

std::optional<Answer> fromObject(const QJsonObject& object)
{
    if (object.size() != 1) {
        return std::nullopt;
    }
    if (const QJsonValue choice = object.value(u"choice"); choice.isString()) {
        return Answer::choice(choice.toString());
    }
    if (const QJsonValue text = object.value(u"text"); text.isString()) {
        return Answer::text(text.toString());
    }
    return std::nullopt;
}

} // namespace

Answer readAnswer(const QJsonValue& value, const QString& path, QList<ValidationError>& errors)
{
    std::optional<Answer> answer;
    switch (value.type()) {
    case QJsonValue::Null:
        return {};
    case QJsonValue::String:
        answer = fromString(value.toString());
        break;
    case QJsonValue::Double:
        answer = fromNumber(value.toDouble());
        break;
    case QJsonValue::Object:
        answer = fromObject(value.toObject());
        break;
    default:
        break;
    }
    if (!answer) {
        errors.append({path, Messages::tr("must be \"yes\", \"no\", \"na\", a whole number, "
                                          "{\"choice\": option key} or {\"text\": text}")});
        return {};
    }
    return *answer;
}

QJsonValue writeAnswer(const Answer& answer)
{
    switch (answer.kind()) {
    case Answer::Kind::Unanswered:
        return QJsonValue::Null;
    case Answer::Kind::NotApplicable:
        return u"na"_s;
    case Answer::Kind::Yes:
        return u"yes"_s;
    case Answer::Kind::No:
        return u"no"_s;
    case Answer::Kind::Scale:
        return answer.scaleValue();
    case Answer::Kind::Choice:
        return QJsonObject{{u"choice"_s, answer.choiceKey()}};
    case Answer::Kind::Text:
        return QJsonObject{{u"text"_s, answer.text()}};
    }
    return QJsonValue::Null;
}

} // namespace callqa::checklists
