#include "audio/playback/engine/ringmath.h"

#include <algorithm>

namespace callqa::audio {

std::array<RingSpan, 2> ringSpans(std::uint64_t index, std::size_t count, std::size_t capacity)
{
    if (capacity == 0 || count == 0)
        return {};
    count = std::min(count, capacity);
    const auto offset = static_cast<std::size_t>(index % capacity);
    const std::size_t first = std::min(count, capacity - offset);
    return {RingSpan{offset, first}, RingSpan{0, count - first}};
}

std::size_t ringUsed(std::uint64_t writeIndex, std::uint64_t readIndex)
{
    return writeIndex > readIndex ? static_cast<std::size_t>(writeIndex - readIndex) : 0;
}

std::size_t ringFree(std::uint64_t writeIndex, std::uint64_t readIndex, std::size_t capacity)
{
    if (readIndex > writeIndex)
        return 0;
    const std::size_t used = ringUsed(writeIndex, readIndex);
    return used >= capacity ? 0 : capacity - used;
}

} // namespace callqa::audio
