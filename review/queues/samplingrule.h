#pragma once

#include "review/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace callqa::review {

// How many calls a draw takes: per agent and ISO week, per agent over the whole period, or in all.
enum class QuotaKind { PerAgentPerWeek, PerAgentPerPeriod, Total };

// What a quota is spread over, in proportion to the eligible calls (see allocateProportionally).
enum class StratumDimension { Agent, Queue, Duration, Daypart };

// The draw part of a review queue's rule: which calls are eligible is the frame's business
// (a query), how many and which of them is this. Stored with the queue, so a draw can be repeated.
struct SamplingRule {
    QuotaKind quotaKind = QuotaKind::Total;
    qint64 quota = 0;
    QList<StratumDimension> stratify;
    quint64 seed = 0;
    QString timeZone = QStringLiteral("UTC"); // IANA id: the floor's weeks and dayparts
    // The share of drawn items (0..100 %) also given, blind, to a second reviewer (see
    // doubleScoredPositions); 0: none. In the JSON only when set, so older rules read the same.
    int doubleScorePercent = 0;
};

QString quotaKindName(QuotaKind kind); // "per_agent_week", "per_agent_period", "total"
std::optional<QuotaKind> quotaKindFromName(const QString& name);
QString dimensionName(StratumDimension dimension); // "agent", "queue", "duration", "daypart"
std::optional<StratumDimension> dimensionFromName(const QString& name);

// Locale-neutral JSON, stored with the queue and printed by `queue explain`.
QJsonObject samplingRuleToJson(const SamplingRule& rule);
Result<SamplingRule> samplingRuleFromJson(const QJsonObject& json);

} // namespace callqa::review
