#include "audio/core/peakpyramid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace callqa::audio {

namespace {

constexpr std::int16_t kNoMin = std::numeric_limits<std::int16_t>::max();
constexpr std::int16_t kNoMax = std::numeric_limits<std::int16_t>::min();

std::size_t halfUp(std::size_t n)
{
    return (n + 1) / 2;
}

} // namespace

PeakPyramid::PeakPyramid(Peaks base) : m_base(std::move(base))
{
    refoldFrom(0);
}

void PeakPyramid::update(Peaks grown)
{
    const std::size_t before = m_base.bucketCount();
    const bool continues =
        grown.channels() == m_base.channels() && grown.sampleRate() == m_base.sampleRate() &&
        grown.samplesPerBucket() == m_base.samplesPerBucket() && grown.bucketCount() >= before;
    m_base = std::move(grown);
    if (!continues) {
        m_coarser.clear();
        refoldFrom(0);
        return;
    }
    refoldFrom(before > 0 ? before - 1 : 0);
}

int PeakPyramid::levelCount() const
{
    return m_base.bucketCount() == 0 ? 0 : static_cast<int>(m_coarser.size()) + 1;
}

std::size_t PeakPyramid::levelSize(int level) const
{
    const std::size_t width = 2 * static_cast<std::size_t>(std::max(m_base.channels(), 1));
    return level == 0 ? m_base.bucketCount()
                      : m_coarser[static_cast<std::size_t>(level - 1)].size() / width;
}

const std::int16_t* PeakPyramid::levelData(int level) const
{
    return level == 0 ? m_base.data().data()
                      : m_coarser[static_cast<std::size_t>(level - 1)].data();
}

std::int16_t PeakPyramid::min(int level, std::size_t entry, int channel) const
{
    return levelData(
        level)[(entry * static_cast<std::size_t>(channels()) + static_cast<std::size_t>(channel)) *
               2];
}

std::int16_t PeakPyramid::max(int level, std::size_t entry, int channel) const
{
    return levelData(
        level)[(entry * static_cast<std::size_t>(channels()) + static_cast<std::size_t>(channel)) *
                   2 +
               1];
}

void PeakPyramid::refoldFrom(std::size_t baseBucket)
{
    const std::size_t channels = static_cast<std::size_t>(std::max(m_base.channels(), 0));
    std::size_t finerSize = m_base.bucketCount();
    std::size_t from = baseBucket;
    for (std::size_t level = 1; finerSize > 1; ++level) {
        const std::size_t size = halfUp(finerSize);
        if (m_coarser.size() < level)
            m_coarser.emplace_back();
        const std::int16_t* finer = levelData(static_cast<int>(level - 1));
        std::vector<std::int16_t>& out = m_coarser[level - 1];
        from /= 2;
        out.resize(size * channels * 2);
        for (std::size_t j = from; j < size; ++j) {
            const std::size_t a = 2 * j;
            const std::size_t b = std::min(a + 1, finerSize - 1);
            for (std::size_t c = 0; c < channels; ++c) {
                out[(j * channels + c) * 2] =
                    std::min(finer[(a * channels + c) * 2], finer[(b * channels + c) * 2]);
                out[(j * channels + c) * 2 + 1] =
                    std::max(finer[(a * channels + c) * 2 + 1], finer[(b * channels + c) * 2 + 1]);
            }
        }
        finerSize = size;
    }
}

PeakColumns PeakPyramid::query(const PeakWindow& window) const
{
    PeakColumns out;
    out.channels = std::max(channels(), 0);
    out.columns = std::max(window.columns, 0);
    const std::size_t channelCount = static_cast<std::size_t>(out.channels);
    out.minMax.assign(static_cast<std::size_t>(out.columns) * channelCount * 2, kNoMin);
    for (std::size_t i = 1; i < out.minMax.size(); i += 2)
        out.minMax[i] = kNoMax;
    const std::int64_t buckets = static_cast<std::int64_t>(m_base.bucketCount());
    const std::int64_t frames = std::min(m_base.frames(), buckets * m_base.samplesPerBucket());
    if (buckets == 0 || frames <= 0 || !(window.framesPerColumn > 0))
        return out;
    const std::int64_t spb = m_base.samplesPerBucket();
    const auto frameAt = [&](int column) {
        return static_cast<std::int64_t>(
            std::floor(window.startFrame + static_cast<double>(column) * window.framesPerColumn));
    };
    std::int64_t next = frameAt(0);
    for (int column = 0; column < out.columns; ++column) {
        const std::int64_t first = next;
        next = frameAt(column + 1);
        const std::int64_t a = std::max<std::int64_t>(first, 0);
        const std::int64_t b = std::min(std::max(next, first + 1), frames);
        if (a >= b)
            continue;
        std::size_t lo = static_cast<std::size_t>(a / spb);
        std::size_t hi = static_cast<std::size_t>(std::min((b + spb - 1) / spb, buckets));
        std::int16_t* cell = &out.minMax[static_cast<std::size_t>(column) * channelCount * 2];
        const auto take = [&](const std::int16_t* level, std::size_t entry) {
            const std::int16_t* e = level + entry * channelCount * 2;
            for (std::size_t c = 0; c < channelCount; ++c) {
                cell[2 * c] = std::min(cell[2 * c], e[2 * c]);
                cell[2 * c + 1] = std::max(cell[2 * c + 1], e[2 * c + 1]);
            }
        };
        for (int level = 0; lo < hi; ++level) {
            const std::int16_t* data = levelData(level);
            if (lo & 1)
                take(data, lo++);
            if (hi & 1)
                take(data, --hi);
            lo /= 2;
            hi /= 2;
        }
    }
    return out;
}

} // namespace callqa::audio
