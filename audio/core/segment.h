#pragma once

#include <cstdint>

namespace callqa::audio {

// A stretch of a recording, [startMs, endMs).
struct Segment {
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;

    std::int64_t durationMs() const { return endMs - startMs; }
    bool operator==(const Segment&) const = default;
};

} // namespace callqa::audio
