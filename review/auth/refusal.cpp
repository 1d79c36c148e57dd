#include "review/auth/refusal.h"

namespace callqa::review {

Status transactRefusable(Database& db, const std::function<void()>& body,
                         const TransactOptions& options)
{
    try {
        return db.transact(body, options);
    } catch (const Refusal& refusal) {
        return Status::failure(refusal.message);
    }
}

} // namespace callqa::review
