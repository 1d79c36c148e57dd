#include "review/evaluations/lease.h"

namespace callqa::review {

LeaseDecision decideLease(const std::optional<LeaseHolder>& current, const QString& session,
                          qint64 nowMs)
{
    if (!current || current->session.isEmpty())
        return LeaseDecision::Take;
    if (current->session == session)
        return LeaseDecision::Renew;
    return current->expiresAtMs <= nowMs ? LeaseDecision::Take : LeaseDecision::HeldByOther;
}

} // namespace callqa::review
