#pragma once

#include "review/result.h"
#include "review/storage/database.h"

#include <QString>

#include <functional>

namespace callqa::review {

// Thrown inside a transaction body when a rule refuses the change: the transaction rolls back and
// the store returns `message` as its error.
struct Refusal {
    QString message;
};

// Runs `body` as one transaction (Database::transact); a Refusal thrown inside rolls it back and
// becomes the failed Status, like a failed statement does.
Status transactRefusable(Database& db, const std::function<void()>& body,
                         const TransactOptions& options = {});

} // namespace callqa::review
