#pragma once

#include "checklists/validationerror.h"

#include <QString>

#include <catch2/catch.hpp>

namespace Catch {

template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

template <> struct StringMaker<callqa::checklists::ValidationError> {
    static std::string convert(const callqa::checklists::ValidationError& error)
    {
        return error.toString().toStdString();
    }
};

} // namespace Catch
