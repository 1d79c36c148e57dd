#pragma once

#include <QCoreApplication>

namespace callqa::checklists {

// Translation context "callqa::checklists" for every user-visible message of the library.
class Messages {
    Q_DECLARE_TR_FUNCTIONS(callqa::checklists)
};

} // namespace callqa::checklists
