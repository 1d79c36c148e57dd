#pragma once
// Lock-free ring of float samples between exactly one producer thread (the decoder) and one
// consumer thread (the audio sink). Each index is written by one side only; the release store
// after copying publishes the samples to the other side.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace callqa::audio {

class SpscRing {
public:
    explicit SpscRing(std::size_t capacity);
    SpscRing(const SpscRing&) = delete;
    SpscRing& operator=(const SpscRing&) = delete;

    std::size_t capacity() const { return m_data.size(); }

    // Producer side.
    std::size_t writable() const;
    // Copies up to writable() samples; returns how many.
    std::size_t write(const float* src, std::size_t count);
    std::uint64_t writeIndex() const { return m_write.load(std::memory_order_acquire); }

    // Consumer side.
    std::size_t readable() const;
    std::size_t read(float* dst, std::size_t count);
    std::uint64_t readIndex() const { return m_read.load(std::memory_order_relaxed); }
    // Drops everything before `index` (at most up to the write index).
    void discardTo(std::uint64_t index);

private:
    std::vector<float> m_data;
    alignas(64) std::atomic<std::uint64_t> m_write{0};
    alignas(64) std::atomic<std::uint64_t> m_read{0};
};

} // namespace callqa::audio
