#pragma once

#include <QString>

#include <optional>

namespace callqa::review {

// Whose figure: one agent (by phone-system id), a team (by name), or the whole floor.
struct MetricScope {
    enum class Kind { Agent, Team, Floor };
    Kind kind = Kind::Floor;
    QString ref; // agent id or team name; empty for the floor

    // "agent:ID", "team:NAME", "floor".
    QString toText() const;
    bool operator==(const MetricScope&) const = default;
};

// Pure: parses "agent:ID", "team:NAME" or "floor"; nullopt for anything else.
std::optional<MetricScope> parseMetricScope(const QString& text);

// A half-open time window [fromMs, toMs) in epoch milliseconds.
struct DateWindow {
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool operator==(const DateWindow&) const = default;
};

// Pure: the UTC days `from` to `to`, both included ("2026-03-01", "2026-03-31"); nullopt when
// either is not a date or `to` is before `from`.
std::optional<DateWindow> parseDayWindow(const QString& from, const QString& to);

// Pure: UTC midnight of an ISO date, or nullopt.
std::optional<qint64> parseDay(const QString& isoDate);
// The ISO date (UTC) of epoch milliseconds.
QString dayText(qint64 ms);

} // namespace callqa::review
