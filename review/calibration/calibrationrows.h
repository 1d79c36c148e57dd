#pragma once

#include "review/auth/permissions.h"
#include "review/calibration/calibrationaccess.h"
#include "review/calibration/calibrationsession.h"

#include <QList>

#include <optional>

namespace callqa::review {

class Database;

// The rows behind CalibrationStore, read inside its transactions. Throw DbError.
namespace calibrationrows {

std::optional<CalibrationSession> readSession(Database& db, qint64 sessionId);
QList<qint64> sessionIds(Database& db);

// What the access decisions need about `actor` in `session` (and one call of it, if given).
CalibrationFacts factsFor(Database& db, const CalibrationSession& session, const Actor& actor,
                          std::optional<qint64> callId = std::nullopt);

// Every calibration evaluation of the session, with answers; only `reviewer`'s when given, only
// `callId`'s when given.
QList<CalibrationScore> readScores(Database& db, qint64 sessionId, const QString& reviewer = {},
                                   std::optional<qint64> callId = std::nullopt);

} // namespace calibrationrows
} // namespace callqa::review
