#include "checklists/json/objectreader.h"

#include "checklists/internal/jsonpath.h"
#include "checklists/internal/messages.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace callqa::checklists {

ObjectReader::ObjectReader(QJsonObject object, QString path, QList<ValidationError>* errors)
    : m_object(std::move(object)), m_path(std::move(path)), m_errors(errors)
{
}

QString ObjectReader::fieldPath(QStringView name) const
{
    return childPath(m_path, name);
}

void ObjectReader::addError(QStringView name, const QString& message) const
{
    m_errors->append({fieldPath(name), message});
}

std::optional<QJsonValue> ObjectReader::field(QStringView name, Need need, QJsonValue::Type type,
                                              const QString& typeMessage) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined()) {
        if (need == Need::Required) {
            addError(name, Messages::tr("missing required field"));
        }
        return std::nullopt;
    }
    if (value.type() != type) {
        addError(name, typeMessage);
        return std::nullopt;
    }
    return value;
}

std::optional<QString> ObjectReader::maybeString(QStringView name, Need need) const
{
    const auto value = field(name, need, QJsonValue::String, Messages::tr("must be a string"));
    return value ? std::optional(value->toString()) : std::nullopt;
}

QString ObjectReader::string(QStringView name, Need need, const QString& fallback) const
{
    return maybeString(name, need).value_or(fallback);
}

double ObjectReader::number(QStringView name, Need need, double fallback) const
{
    const auto value = field(name, need, QJsonValue::Double, Messages::tr("must be a number"));
    return value ? value->toDouble() : fallback;
}

int ObjectReader::integer(QStringView name, Need need, int fallback) const
{
    const QString message = Messages::tr("must be a whole number");
    const auto value = field(name, need, QJsonValue::Double, message);
    if (!value) {
        return fallback;
    }
    const double number = value->toDouble();
    if (std::trunc(number) != number || std::abs(number) > std::numeric_limits<int>::max()) {
        addError(name, message);
        return fallback;
    }
    return int(number);
}

bool ObjectReader::boolean(QStringView name, Need need, bool fallback) const
{
    const auto value = field(name, need, QJsonValue::Bool, Messages::tr("must be true or false"));
    return value ? value->toBool() : fallback;
}

std::optional<ObjectReader> ObjectReader::object(QStringView name, Need need) const
{
    const auto value = field(name, need, QJsonValue::Object, Messages::tr("must be an object"));
    if (!value) {
        return std::nullopt;
    }
    return ObjectReader(value->toObject(), fieldPath(name), m_errors);
}

QList<ObjectReader> ObjectReader::objects(QStringView name, Need need) const
{
    QList<ObjectReader> readers;
    const auto value = field(name, need, QJsonValue::Array, Messages::tr("must be an array"));
    if (!value) {
        return readers;
    }
    const QJsonArray array = value->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString elementPath = indexPath(m_path, name, i);
        if (!array.at(i).isObject()) {
            m_errors->append({elementPath, Messages::tr("must be an object")});
            continue;
        }
        readers.append(ObjectReader(array.at(i).toObject(), elementPath, m_errors));
    }
    return readers;
}

void ObjectReader::rejectUnknown(std::initializer_list<QStringView> known) const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (std::find(known.begin(), known.end(), QStringView(it.key())) == known.end()) {
            addError(it.key(), Messages::tr("unknown field"));
        }
    }
}

} // namespace callqa::checklists
