#pragma once
// Which channel of a call recording carries which side, and what the listener wants to hear.

#include <optional>

namespace callqa::audio {

enum class CallSide { Agent, Customer };

// Channel indexes (0 = left, 1 = right); -1 when not known. Mono calls have no map.
struct ChannelMap {
    int agent = -1;
    int customer = -1;
    // Usable for a recording with `channels` channels: both sides on distinct channels.
    bool usableFor(int channels) const
    {
        return channels >= 2 && agent >= 0 && customer >= 0 && agent < channels &&
               customer < channels && agent != customer;
    }
};

// Mute silences a side where it is; solo plays one side alone, centred on every output channel.
// Soloing a muted side plays it (solo is the stronger choice).
struct ChannelFocus {
    bool agentMuted = false;
    bool customerMuted = false;
    std::optional<CallSide> solo;
};

} // namespace callqa::audio
