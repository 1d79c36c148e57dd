#pragma once

#include "checklists/internal/jsonpath.h"
#include "checklists/internal/messages.h"
#include "checklists/validationerror.h"

#include <QList>
#include <QString>

#include <cmath>

namespace callqa::checklists {

inline void requireText(const QString& value, const QString& path, QList<ValidationError>& errors)
{
    if (value.trimmed().isEmpty()) {
        errors.append({path, Messages::tr("must not be empty")});
    }
}

inline void requirePositive(double value, const QString& path, QList<ValidationError>& errors)
{
    if (!std::isfinite(value) || value <= 0.0) {
        errors.append({path, Messages::tr("must be greater than 0")});
    }
}

inline bool inRange(double value, double low, double high)
{
    return std::isfinite(value) && value >= low && value <= high;
}

} // namespace callqa::checklists
