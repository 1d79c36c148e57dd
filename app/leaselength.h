#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace callqa::app {

// The longest --hold and lease: a day, well inside what a timer's int milliseconds can count.
inline constexpr double kMaxLeaseSeconds = 86'400;

// Seconds as a positive number no longer than kMaxLeaseSeconds, or nullopt (also nan and inf).
std::optional<double> boundedSeconds(const QString& text);

// How long a draft's hold lasts without renewal, for the CLI and the window alike: 30 s unless
// CALLQA_LEASE_SECONDS says otherwise (tests use a short one).
qint64 draftLeaseMs();

} // namespace callqa::app
