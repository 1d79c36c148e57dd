#pragma once

#include <QString>

#include <optional>

namespace callqa::review {

// What the phone system and surveys say about one call (`callqa metrics import`). Every field is
// optional: a row may carry only what its source knows.
struct CallMetricFacts {
    qint64 callId = 0;                     // the library's call id
    std::optional<qint64> startedAtMs;     // the call's start, from the library
    std::optional<double> waitS;           // time in the queue before an agent answered
    std::optional<double> handleS;         // talk plus wrap-up
    std::optional<double> answeredWithinS; // time to answer, compared with the service-level T
    std::optional<int> csat;               // 1..5
    std::optional<int> nps;                // 0..10
    std::optional<bool> escalated;         // handed to a manager
    std::optional<bool> complaint;
    std::optional<bool> resolvedFirstContact;
    QString caseId;
    std::optional<qint64> caseOpenedAtMs;
    std::optional<qint64> caseResolvedAtMs; // when the customer had the fix
    std::optional<bool> recovered;          // an unhappy customer won back
    QString customerId;

    bool operator==(const CallMetricFacts&) const = default;
};

// Customers one agent served on one day.
struct AgentDayFacts {
    qint64 customersServed = 0;
};

} // namespace callqa::review
