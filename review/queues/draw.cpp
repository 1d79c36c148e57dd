#include "review/queues/draw.h"

#include "review/queues/allocation.h"
#include "review/queues/seededrandom.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace callqa::review {

namespace {

using Strata = std::map<QString, std::vector<qint64>>; // stratum -> call ids, ascending

// The first `count` of a seeded shuffle (partial Fisher-Yates).
std::vector<qint64> takeRandom(std::vector<qint64> ids, qint64 count, SeededRandom random)
{
    const size_t n = ids.size();
    const size_t k = size_t(std::min<qint64>(count, qint64(n)));
    for (size_t i = 0; i < k; ++i) {
        const size_t j = i + size_t(random.below(std::uint64_t(n - i)));
        std::swap(ids[i], ids[j]);
    }
    ids.resize(k);
    return ids;
}

std::vector<int> tieOrder(size_t count, SeededRandom random)
{
    std::vector<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    for (size_t i = count; i > 1; --i)
        std::swap(order[i - 1], order[size_t(random.below(std::uint64_t(i)))]);
    return order;
}

void drawGroup(const QString& group, const Strata& strata, const SamplingRule& rule, Draw& draw)
{
    std::vector<qint64> sizes;
    for (const auto& [stratum, ids] : strata)
        sizes.push_back(qint64(ids.size()));
    const std::vector<qint64> parts = allocateProportionally(
        rule.quota, sizes,
        tieOrder(sizes.size(), SeededRandom::forPart(rule.seed, QStringLiteral("ties/") + group)));
    size_t index = 0;
    for (const auto& [stratum, ids] : strata) {
        const qint64 part = parts[index++];
        draw.strata.push_back({group, stratum, qint64(ids.size()), part});
        const SeededRandom random =
            SeededRandom::forPart(rule.seed, group + QLatin1Char('|') + stratum);
        for (qint64 id : takeRandom(ids, part, random))
            draw.calls.push_back({id, group, stratum});
    }
}

} // namespace

Draw drawSample(std::vector<FrameCall> frame, const SamplingRule& rule)
{
    std::sort(frame.begin(), frame.end(),
              [](const FrameCall& a, const FrameCall& b) { return a.id < b.id; });
    frame.erase(std::unique(frame.begin(), frame.end(),
                            [](const FrameCall& a, const FrameCall& b) { return a.id == b.id; }),
                frame.end());
    const QTimeZone zone(rule.timeZone.toUtf8());
    std::map<QString, Strata> groups;
    for (const FrameCall& call : frame) {
        const CallPlace place = placeOf(call, rule, zone);
        groups[place.group][place.stratum].push_back(call.id);
    }
    Draw draw;
    for (const auto& [group, strata] : groups)
        drawGroup(group, strata, rule, draw);
    return draw;
}

} // namespace callqa::review
