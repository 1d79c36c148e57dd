#pragma once
// Segments print as [start, end) ms in Catch2's failure messages.

#include "audio/core/segment.h"

#include <catch2/catch.hpp>

#include <string>

namespace Catch {
template <> struct StringMaker<callqa::audio::Segment> {
    static std::string convert(const callqa::audio::Segment& s)
    {
        return "[" + std::to_string(s.startMs) + ", " + std::to_string(s.endMs) + ")";
    }
};
} // namespace Catch
