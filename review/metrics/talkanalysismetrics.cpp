#include "review/metrics/talkanalysismetrics.h"

namespace callqa::review {

Sample deadAirSample(const QList<TalkFacts>& calls)
{
    Sample sample{Aggregate::Mean, {}, 0};
    for (const TalkFacts& c : calls)
        sample.values.push_back(double(c.deadAirMs) / 1000.0);
    return sample;
}

Sample overtalkShareSample(const QList<TalkFacts>& calls)
{
    Sample sample{Aggregate::Mean, {}, 0, 1};
    for (const TalkFacts& c : calls) {
        if (c.durationMs > 0)
            sample.values.push_back(double(c.overtalkMs) / double(c.durationMs));
    }
    return sample;
}

Sample agentTalkShareSample(const QList<TalkFacts>& calls)
{
    Sample sample{Aggregate::Mean, {}, 0, 1};
    for (const TalkFacts& c : calls) {
        if (c.agentShare)
            sample.values.push_back(*c.agentShare);
    }
    return sample;
}

Sample longestMonologueSample(const QList<TalkFacts>& calls)
{
    Sample sample{Aggregate::Mean, {}, 0};
    for (const TalkFacts& c : calls) {
        if (c.longestAgentMonologueMs)
            sample.values.push_back(double(*c.longestAgentMonologueMs) / 1000.0);
    }
    return sample;
}

} // namespace callqa::review
