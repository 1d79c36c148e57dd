#include "audio/playback/engine/playbackstream.h"

#include "audio/playback/engine/ringmath.h"

#include <algorithm>

namespace callqa::audio {

PlaybackStream::PlaybackStream(std::size_t capacityFrames, int channels)
    : m_ring(std::max<std::size_t>(capacityFrames, 1) * static_cast<std::size_t>(channels)),
      m_channels(channels)
{
}

std::uint64_t PlaybackStream::bumpGeneration()
{
    return m_requested.fetch_add(1, std::memory_order_acq_rel) + 1;
}

void PlaybackStream::beginGeneration(std::uint64_t generation)
{
    // The start index is published before the generation, so a consumer that sees the new
    // generation also sees where it begins.
    m_generationStart.store(m_ring.writeIndex(), std::memory_order_relaxed);
    m_ringGeneration.store(generation, std::memory_order_release);
}

std::size_t PlaybackStream::writableFrames() const
{
    return m_ring.writable() / static_cast<std::size_t>(m_channels);
}

void PlaybackStream::write(const float* frames, std::size_t count)
{
    m_ring.write(frames, count * static_cast<std::size_t>(m_channels));
}

void PlaybackStream::markEnded(std::uint64_t generation)
{
    m_endedGeneration.store(generation, std::memory_order_release);
}

bool PlaybackStream::dropStale()
{
    const std::uint64_t wanted = m_requested.load(std::memory_order_acquire);
    const std::uint64_t inRing = m_ringGeneration.load(std::memory_order_acquire);
    if (inRing != wanted) {
        // Everything up to the write index seen here is older than the wanted generation if the
        // producer still had not started a new one after we loaded it.
        const std::uint64_t end = m_ring.writeIndex();
        if (m_ringGeneration.load(std::memory_order_acquire) == inRing)
            m_ring.discardTo(end);
        return false;
    }
    m_ring.discardTo(m_generationStart.load(std::memory_order_relaxed));
    return true;
}

std::size_t PlaybackStream::read(float* frames, std::size_t count)
{
    std::size_t got = 0;
    if (dropStale())
        got = m_ring.read(frames, count * static_cast<std::size_t>(m_channels)) /
              static_cast<std::size_t>(m_channels);
    if (got == 0)
        m_starved.store(true, std::memory_order_release);
    return got;
}

std::size_t PlaybackStream::currentSamples() const
{
    if (m_ringGeneration.load(std::memory_order_acquire) !=
        m_requested.load(std::memory_order_acquire))
        return 0;
    const std::uint64_t from =
        std::max(m_ring.readIndex(), m_generationStart.load(std::memory_order_relaxed));
    return ringUsed(m_ring.writeIndex(), from);
}

std::size_t PlaybackStream::readableFrames() const
{
    return currentSamples() / static_cast<std::size_t>(m_channels);
}

bool PlaybackStream::finished() const
{
    const std::uint64_t wanted = m_requested.load(std::memory_order_acquire);
    return m_endedGeneration.load(std::memory_order_acquire) == wanted && currentSamples() == 0;
}

} // namespace callqa::audio
