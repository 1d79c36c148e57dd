#pragma once

#include "review/metrics/sample.h"

#include <QList>

#include <optional>

namespace callqa::review {

// One analysed call (the call_analysis row).
struct TalkFacts {
    qint64 durationMs = 0;
    std::optional<double> agentShare; // of all talk, 0..1; empty without a channel map
    qint64 deadAirMs = 0;
    qint64 overtalkMs = 0;
    std::optional<qint64> longestAgentMonologueMs;
};

// dead_air_s = mean over calls of dead_air_ms / 1000 (Mean).
Sample deadAirSample(const QList<TalkFacts>& calls);
// overtalk_share = mean over calls with a duration of overtalk_ms / duration_ms (Mean, 0..1).
Sample overtalkShareSample(const QList<TalkFacts>& calls);
// agent_talk_share = mean over calls with a known split of agent_share (Mean, 0..1).
Sample agentTalkShareSample(const QList<TalkFacts>& calls);
// longest_monologue_s = mean over calls with a known agent side of the agent's longest
// monologue / 1000 (Mean).
Sample longestMonologueSample(const QList<TalkFacts>& calls);

} // namespace callqa::review
