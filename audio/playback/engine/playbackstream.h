#pragma once
// What the decoder thread and the audio sink share: the sample ring (interleaved float frames at
// the output rate, the recording's own channels) and the seek generation. A seek bumps the
// requested generation; the consumer hands out nothing until the producer has started that
// generation, and then drops whatever the ring still held from older ones. All lock-free.

#include "audio/playback/engine/spscring.h"

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace callqa::audio {

class PlaybackStream {
public:
    PlaybackStream(std::size_t capacityFrames, int channels);

    int channels() const { return m_channels; }

    // Control side (any thread): a new generation; returns its number.
    std::uint64_t bumpGeneration();
    std::uint64_t requestedGeneration() const
    {
        return m_requested.load(std::memory_order_acquire);
    }

    // Producer side.
    void beginGeneration(std::uint64_t generation);
    std::size_t writableFrames() const;
    void write(const float* frames, std::size_t count); // count <= writableFrames()
    void markEnded(std::uint64_t generation);
    // True once after the consumer found nothing to read: it wants a wake-up.
    bool takeStarved() { return m_starved.exchange(false, std::memory_order_acq_rel); }

    // Consumer side.
    std::size_t read(float* frames, std::size_t count);
    // Drops what the ring holds from older generations, so that the producer has room for the
    // requested one at once; false while the producer has not started it.
    bool dropStale();
    std::size_t readableFrames() const;
    // The requested generation was decoded to its end and everything of it was read.
    bool finished() const;

private:
    // Readable samples of the requested generation (0 while the producer has not started it).
    std::size_t currentSamples() const;

    SpscRing m_ring;
    int m_channels;
    std::atomic<std::uint64_t> m_requested{0};
    std::atomic<std::uint64_t> m_ringGeneration{0};
    std::atomic<std::uint64_t> m_generationStart{0}; // ring index of its first sample
    std::atomic<std::uint64_t> m_endedGeneration{~std::uint64_t{0}};
    std::atomic<bool> m_starved{false};
};

} // namespace callqa::audio
