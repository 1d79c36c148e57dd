#include "review/queues/allocation.h"

#include <algorithm>
#include <numeric>

namespace callqa::review {

namespace {

// Largest-remainder split of `units` in proportion to `weights` (integers), exact in integer
// arithmetic: the share of stratum i is units * w_i / W, its remainder (units * w_i) mod W.
void shareByWeight(qint64 units, const std::vector<qint64>& weights,
                   const std::vector<int>& tieOrder, std::vector<qint64>& out)
{
    const qint64 total = std::accumulate(weights.begin(), weights.end(), qint64(0));
    if (units <= 0 || total <= 0)
        return;
    std::vector<qint64> remainder(weights.size(), 0);
    qint64 given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        // units and weights are call counts (at most the frame's size), so the product of two
        // counts below 3 billion fits.
        const qint64 product = units * weights[i];
        out[i] += qint64(product / total);
        given += qint64(product / total);
        remainder[i] = qint64(product % total);
    }
    std::vector<int> order = tieOrder;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return remainder[size_t(a)] > remainder[size_t(b)]; });
    for (int index : order) {
        if (given == units)
            break;
        if (remainder[size_t(index)] == 0)
            continue;
        ++out[size_t(index)];
        ++given;
    }
}

} // namespace

std::vector<qint64> allocateProportionally(qint64 quota, const std::vector<qint64>& sizes,
                                           const std::vector<int>& tieOrder)
{
    std::vector<qint64> parts(sizes.size(), 0);
    const qint64 total = std::accumulate(sizes.begin(), sizes.end(), qint64(0));
    if (quota >= total)
        return sizes;
    const qint64 nonEmpty =
        std::count_if(sizes.begin(), sizes.end(), [](qint64 s) { return s > 0; });
    if (quota >= nonEmpty) {
        std::vector<qint64> rest(sizes.size(), 0);
        for (size_t i = 0; i < sizes.size(); ++i) {
            if (sizes[i] > 0) {
                parts[i] = 1;
                rest[i] = sizes[i] - 1;
            }
        }
        shareByWeight(quota - nonEmpty, rest, tieOrder, parts);
        return parts;
    }
    shareByWeight(quota, sizes, tieOrder, parts);
    return parts;
}

} // namespace callqa::review
