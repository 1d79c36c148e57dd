#include "audio/playback/engine/spscring.h"

#include "audio/playback/engine/ringmath.h"

#include <algorithm>
#include <cstring>

namespace callqa::audio {

SpscRing::SpscRing(std::size_t capacity) : m_data(std::max<std::size_t>(capacity, 1)) {}

std::size_t SpscRing::writable() const
{
    return ringFree(m_write.load(std::memory_order_relaxed), m_read.load(std::memory_order_acquire),
                    capacity());
}

std::size_t SpscRing::write(const float* src, std::size_t count)
{
    const std::uint64_t at = m_write.load(std::memory_order_relaxed);
    count = std::min(count, writable());
    for (const RingSpan& span : ringSpans(at, count, capacity())) {
        if (span.length > 0)
            std::memcpy(m_data.data() + span.offset, src, span.length * sizeof(float));
        src += span.length;
    }
    m_write.store(at + count, std::memory_order_release);
    return count;
}

std::size_t SpscRing::readable() const
{
    return ringUsed(m_write.load(std::memory_order_acquire),
                    m_read.load(std::memory_order_relaxed));
}

std::size_t SpscRing::read(float* dst, std::size_t count)
{
    const std::uint64_t at = m_read.load(std::memory_order_relaxed);
    count = std::min(count, readable());
    for (const RingSpan& span : ringSpans(at, count, capacity())) {
        if (span.length > 0)
            std::memcpy(dst, m_data.data() + span.offset, span.length * sizeof(float));
        dst += span.length;
    }
    m_read.store(at + count, std::memory_order_release);
    return count;
}

void SpscRing::discardTo(std::uint64_t index)
{
    const std::uint64_t limit = m_write.load(std::memory_order_acquire);
    const std::uint64_t at = m_read.load(std::memory_order_relaxed);
    const std::uint64_t target = std::min(index, limit);
    if (target > at)
        m_read.store(target, std::memory_order_release);
}

} // namespace callqa::audio
