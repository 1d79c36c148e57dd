#pragma once
// Conversation metrics from speech segments per channel (agent and customer on separate
// channels). Pure: table-tested apart from any decoding.

#include "audio/core/segment.h"

#include <cstdint>
#include <vector>

namespace callqa::audio {

struct TalkOptions {
    std::int64_t deadAirMs = 5000; // every channel silent for longer than this is dead air
};

struct ChannelTalk {
    std::vector<Segment> segments; // sorted, merged
    std::int64_t talkMs = 0;
    double share = 0.0; // of all talk on all channels (0 when nobody talks)
    // Longest stretch this side holds the floor: its own segments chained across pauses in
    // which no other channel speaks and which are not dead air (other speech overlapping one
    // of its segments, e.g. a backchannel, does not end it). Empty when it never speaks.
    Segment longestMonologue;
};

struct TalkMetrics {
    std::int64_t durationMs = 0;
    std::vector<ChannelTalk> channels;
    std::vector<Segment> deadAir;  // no channel active, longer than TalkOptions::deadAirMs
    std::vector<Segment> overtalk; // two or more channels active
    std::int64_t deadAirMs = 0;
    std::int64_t overtalkMs = 0;
    std::int64_t anyoneTalkMs = 0; // at least one channel active
};

// `segments[c]` are channel c's speech segments (any order; overlaps are merged, everything is
// clipped to [0, durationMs]).
TalkMetrics computeTalkMetrics(std::vector<std::vector<Segment>> segments, std::int64_t durationMs,
                               const TalkOptions& options = {});

} // namespace callqa::audio
