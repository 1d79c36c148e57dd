#pragma once

#include <QString>

namespace callqa::review {

// Thrown inside a transaction body when a rule refuses the change: the transaction rolls back and
// the store returns `message` as its error.
struct Refusal {
    QString message;
};

} // namespace callqa::review
