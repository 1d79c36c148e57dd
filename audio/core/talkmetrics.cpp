#include "audio/core/talkmetrics.h"

#include <algorithm>
#include <utility>

namespace callqa::audio {

namespace {

// Sorted, clipped to [0, durationMs], empty ones dropped, overlapping or touching ones merged.
std::vector<Segment> normalise(std::vector<Segment> segments, std::int64_t durationMs)
{
    for (Segment& s : segments) {
        s.startMs = std::clamp<std::int64_t>(s.startMs, 0, durationMs);
        s.endMs = std::clamp<std::int64_t>(s.endMs, 0, durationMs);
    }
    std::erase_if(segments, [](const Segment& s) { return s.endMs <= s.startMs; });
    std::sort(segments.begin(), segments.end(),
              [](const Segment& a, const Segment& b) { return a.startMs < b.startMs; });
    std::vector<Segment> merged;
    for (const Segment& s : segments) {
        if (!merged.empty() && s.startMs <= merged.back().endMs)
            merged.back().endMs = std::max(merged.back().endMs, s.endMs);
        else
            merged.push_back(s);
    }
    return merged;
}

void appendJoined(std::vector<Segment>& out, Segment s)
{
    if (!out.empty() && out.back().endMs == s.startMs)
        out.back().endMs = s.endMs;
    else
        out.push_back(s);
}

// Sweeps all channels at once: stretches where none is active and where two or more are.
void sweep(const std::vector<ChannelTalk>& channels, std::int64_t durationMs,
           std::vector<Segment>& silence, std::vector<Segment>& overlap, std::int64_t& anyoneMs)
{
    std::vector<std::pair<std::int64_t, int>> events; // time, +1 start / -1 end
    for (const ChannelTalk& channel : channels) {
        for (const Segment& s : channel.segments) {
            events.emplace_back(s.startMs, +1);
            events.emplace_back(s.endMs, -1);
        }
    }
    std::sort(events.begin(), events.end()); // at equal times ends (-1) come before starts
    events.emplace_back(durationMs, 0);
    std::int64_t previous = 0;
    int active = 0;
    for (const auto& [time, change] : events) {
        if (time > previous) {
            if (active == 0)
                appendJoined(silence, {previous, time});
            else
                anyoneMs += time - previous;
            if (active >= 2)
                appendJoined(overlap, {previous, time});
        }
        previous = time;
        active += change;
    }
}

// True when any of `others` (sorted, merged) overlaps the open interval (from, to).
bool speaksBetween(const std::vector<Segment>& others, std::int64_t from, std::int64_t to)
{
    const auto it = std::upper_bound(others.begin(), others.end(), from,
                                     [](std::int64_t t, const Segment& s) { return t < s.endMs; });
    return it != others.end() && it->startMs < to;
}

Segment longestMonologue(const std::vector<Segment>& own, const std::vector<Segment>& others,
                         std::int64_t maxPauseMs)
{
    Segment best;
    for (std::size_t i = 0; i < own.size();) {
        Segment chain = own[i];
        std::size_t next = i + 1;
        while (next < own.size() && own[next].startMs - chain.endMs <= maxPauseMs &&
               !speaksBetween(others, chain.endMs, own[next].startMs)) {
            chain.endMs = own[next].endMs;
            ++next;
        }
        if (chain.durationMs() > best.durationMs())
            best = chain;
        i = next;
    }
    return best;
}

} // namespace

TalkMetrics computeTalkMetrics(std::vector<std::vector<Segment>> segments, std::int64_t durationMs,
                               const TalkOptions& options)
{
    TalkMetrics metrics;
    metrics.durationMs = std::max<std::int64_t>(durationMs, 0);
    std::int64_t allTalk = 0;
    for (auto& channelSegments : segments) {
        ChannelTalk channel;
        channel.segments = normalise(std::move(channelSegments), metrics.durationMs);
        for (const Segment& s : channel.segments)
            channel.talkMs += s.durationMs();
        allTalk += channel.talkMs;
        metrics.channels.push_back(std::move(channel));
    }
    for (std::size_t c = 0; c < metrics.channels.size(); ++c) {
        ChannelTalk& channel = metrics.channels[c];
        channel.share = allTalk > 0 ? static_cast<double>(channel.talkMs) / allTalk : 0.0;
        std::vector<Segment> others;
        for (std::size_t o = 0; o < metrics.channels.size(); ++o) {
            if (o != c)
                others.insert(others.end(), metrics.channels[o].segments.begin(),
                              metrics.channels[o].segments.end());
        }
        channel.longestMonologue = longestMonologue(
            channel.segments, normalise(std::move(others), metrics.durationMs), options.deadAirMs);
    }
    std::vector<Segment> silence;
    sweep(metrics.channels, metrics.durationMs, silence, metrics.overtalk, metrics.anyoneTalkMs);
    for (const Segment& s : silence) {
        if (s.durationMs() > options.deadAirMs) {
            metrics.deadAir.push_back(s);
            metrics.deadAirMs += s.durationMs();
        }
    }
    for (const Segment& s : metrics.overtalk)
        metrics.overtalkMs += s.durationMs();
    return metrics;
}

} // namespace callqa::audio
