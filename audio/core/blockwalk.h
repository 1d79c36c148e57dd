#pragma once

#include <algorithm>
#include <cstddef>

namespace callqa::audio {

// Splits `count` incoming samples into runs that never cross a block boundary, for streaming
// accumulators with fixed-size blocks: run(offset, length) for each run, then close() whenever
// the block fills. `fill` is the caller's count of samples already in the open block.
template <typename Run, typename Close>
void walkBlocks(std::size_t count, std::size_t blockSize, std::size_t& fill, Run&& run,
                Close&& close)
{
    std::size_t offset = 0;
    while (offset < count) {
        const std::size_t length = std::min(count - offset, blockSize - fill);
        run(offset, length);
        offset += length;
        fill += length;
        if (fill == blockSize) {
            close();
            fill = 0;
        }
    }
}

} // namespace callqa::audio
