#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace callqa::review {

struct ConfidenceInterval {
    double lower = 0;
    double upper = 0;
};

// A coefficient as reports show it: a value, or "undefined" with the reason why (never NaN).
// The interval may be undefined (with its own reason) while the value is defined.
struct Estimate {
    std::optional<double> value;
    QString reason; // why value is undefined; empty when it is defined
    std::optional<ConfidenceInterval> ci95;
    QString ci95Reason; // why ci95 is undefined

    static Estimate of(double value) { return {value, {}, std::nullopt, {}}; }
    static Estimate undefined(QString reason) { return {std::nullopt, std::move(reason), {}, {}}; }
    bool defined() const { return value.has_value(); }
};

} // namespace callqa::review
