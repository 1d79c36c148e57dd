#pragma once
// Peaks at every power-of-two zoom, folded from the stored (finest) level: what a waveform view
// draws from at any zoom without touching every bucket. Level k holds one entry per 2^k base
// buckets (min of mins, max of maxes), so all levels together cost about one more base.

#include "audio/core/peaks.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace callqa::audio {

// A row of columns over the audio: column c covers frames
// [floor(startFrame + c * framesPerColumn), floor(startFrame + (c + 1) * framesPerColumn)),
// at least one frame. Columns may lie before the start or past the end of the data.
struct PeakWindow {
    double startFrame = 0;
    double framesPerColumn = 1;
    int columns = 0;
};

// Min/max per column per channel. A column with no data (outside the audio, or past what has
// been computed so far) has min > max.
struct PeakColumns {
    int channels = 0;
    int columns = 0;
    std::vector<std::int16_t> minMax; // (column * channels + channel) * 2: min, then max

    std::int16_t min(int column, int channel) const { return minMax[index(column, channel)]; }
    std::int16_t max(int column, int channel) const { return minMax[index(column, channel) + 1]; }
    bool empty(int column, int channel) const
    {
        return min(column, channel) > max(column, channel);
    }

private:
    std::size_t index(int column, int channel) const
    {
        return (static_cast<std::size_t>(column) * static_cast<std::size_t>(channels) +
                static_cast<std::size_t>(channel)) *
               2;
    }
};

class PeakPyramid {
public:
    PeakPyramid() = default;
    explicit PeakPyramid(Peaks base);

    // Takes peaks computed further than the current ones (progressive analysis): when channels,
    // rate and bucket size match and it has at least as many buckets, only the tail is refolded
    // (the old last bucket may have been partial); otherwise the pyramid is rebuilt.
    void update(Peaks grown);

    const Peaks& base() const { return m_base; }
    int channels() const { return m_base.channels(); }
    int levelCount() const; // the base included; 0 without data
    std::size_t levelSize(int level) const;
    std::int16_t min(int level, std::size_t entry, int channel) const;
    std::int16_t max(int level, std::size_t entry, int channel) const;

    // Each column folds exactly the base buckets its frames touch: whole aligned blocks from the
    // coarsest level that fits inside the column, finer levels only at its two edges, so a query
    // costs O(log) per column at any zoom and equals folding the base directly.
    PeakColumns query(const PeakWindow& window) const;

private:
    const std::int16_t* levelData(int level) const;
    void refoldFrom(std::size_t baseBucket);

    Peaks m_base;
    std::vector<std::vector<std::int16_t>> m_coarser; // level k >= 1 at index k - 1
};

} // namespace callqa::audio
