#pragma once

#include "checklists/validationerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <optional>

namespace callqa::checklists {

enum class Need { Required, Optional };

// Reads typed fields of one JSON object. Every missing required field, wrong type or unknown
// field is appended to the shared error list under its path; the read returns the fallback.
class ObjectReader {
public:
    ObjectReader(QJsonObject object, QString path, QList<ValidationError>* errors);

    const QString& path() const { return m_path; }
    QString fieldPath(QStringView name) const;
    bool has(QStringView name) const { return m_object.contains(name); }
    void addError(QStringView name, const QString& message) const;

    QString string(QStringView name, Need need, const QString& fallback = {}) const;
    // Empty when the field is missing or not a string (which is reported).
    std::optional<QString> maybeString(QStringView name, Need need) const;
    double number(QStringView name, Need need, double fallback = 0.0) const;
    int integer(QStringView name, Need need, int fallback = 0) const;
    bool boolean(QStringView name, Need need, bool fallback = false) const;
    std::optional<ObjectReader> object(QStringView name, Need need) const;
    // The elements of an array of objects; elements that are not objects are reported.
    QList<ObjectReader> objects(QStringView name, Need need) const;
    void rejectUnknown(std::initializer_list<QStringView> known) const;

private:
    // The field's value when present and of the wanted type; reports it otherwise.
    std::optional<QJsonValue> field(QStringView name, Need need, QJsonValue::Type type,
                                    const QString& typeMessage) const;

    QJsonObject m_object;
    QString m_path;
    QList<ValidationError>* m_errors;
};

} // namespace callqa::checklists
