#pragma once

#include <QString>

#include <optional>

namespace callqa::review {

// Who holds a lease on a shared row (an evaluation draft) and until when, on the database
// server's clock. `session` is one workstation's run: the same user on two workstations holds two
// different sessions.
struct LeaseHolder {
    QString session;
    QString login;
    QString host;
    qint64 expiresAtMs = 0;
};

enum class LeaseDecision {
    Take,        // nobody holds it, or the holder's lease ran out: take it over
    Renew,       // this session already holds it (even if it ran out meanwhile): extend it
    HeldByOther, // another session holds a lease that has not run out: read-only
};

LeaseDecision decideLease(const std::optional<LeaseHolder>& current, const QString& session,
                          qint64 nowMs);

} // namespace callqa::review
