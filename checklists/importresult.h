#pragma once

#include "checklists/validationerror.h"

#include <QList>

#include <optional>
#include <utility>

namespace callqa::checklists {

// Either a fully read value or the errors that stopped it; never half of one.
template <typename T> class ImportResult {
public:
    ImportResult(T value) : m_value(std::move(value)) {}
    ImportResult(QList<ValidationError> errors) : m_errors(std::move(errors)) {}

    bool ok() const { return m_value.has_value(); }
    const T& value() const { return *m_value; }
    const QList<ValidationError>& errors() const { return m_errors; }

private:
    std::optional<T> m_value;
    QList<ValidationError> m_errors;
};

} // namespace callqa::checklists
