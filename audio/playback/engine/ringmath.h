#pragma once
// Pure arithmetic of the single-producer/single-consumer ring: indexes only ever grow (64 bits
// do not wrap in practice), the slot of an index is index % capacity.

#include <array>
#include <cstddef>
#include <cstdint>

namespace callqa::audio {

struct RingSpan {
    std::size_t offset = 0;
    std::size_t length = 0;
};

// The one or two contiguous pieces of storage that `count` slots from `index` occupy.
std::array<RingSpan, 2> ringSpans(std::uint64_t index, std::size_t count, std::size_t capacity);

// Slots the producer may fill; 0 when the indexes are inconsistent (reader ahead of writer).
std::size_t ringFree(std::uint64_t writeIndex, std::uint64_t readIndex, std::size_t capacity);

// Slots the consumer may read.
std::size_t ringUsed(std::uint64_t writeIndex, std::uint64_t readIndex);

} // namespace callqa::audio
