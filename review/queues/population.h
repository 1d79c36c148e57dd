#pragma once

#include "review/result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace callqa::review {

// Which calls a review queue may draw from. Empty lists mean "any". Times are epoch ms, the
// period half-open [fromMs, toMs) on the call's start.
struct Population {
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QStringList teams;  // team names at the time of the call (any script, any case)
    QStringList agents; // agents' ids in the phone system
    QStringList queues; // phone-system queue names, exactly
    QString direction;  // "inbound", "outbound" or empty
    std::optional<qint64> minDurationMs;
    std::optional<qint64> maxDurationMs;
    bool unreviewedOnly = false;    // no evaluation of the call yet
    bool notQueuedElsewhere = true; // not an item of another open queue
    bool recordingPresent = true;   // the recording was found at the last import
};

QJsonObject populationToJson(const Population& population);
Result<Population> populationFromJson(const QJsonObject& json);

} // namespace callqa::review
