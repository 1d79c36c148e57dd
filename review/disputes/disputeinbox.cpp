#include "review/disputes/disputeinbox.h"

#include <algorithm>

namespace callqa::review {

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

} // namespace

QList<Dispute> inboxOrder(QList<Dispute> disputes)
{
    std::stable_sort(disputes.begin(), disputes.end(), [](const Dispute& a, const Dispute& b) {
        const bool aOpen = a.state == DisputeState::Open;
        const bool bOpen = b.state == DisputeState::Open;
        if (aOpen != bOpen)
            return aOpen;
        if (aOpen) // waiting longest first
            return a.openedAt != b.openedAt ? a.openedAt < b.openedAt : a.id < b.id;
        const qint64 aAt = a.decidedAt.value_or(a.openedAt);
        const qint64 bAt = b.decidedAt.value_or(b.openedAt);
        return aAt != bAt ? aAt > bAt : a.id > b.id;
    });
    return disputes;
}

WindowDay windowDayOf(qint64 submittedAtMs, qint64 openedAtMs, const DisputeSettings& settings)
{
    if (openedAtMs < submittedAtMs)
        return {0, settings.windowDays};
    return {int((openedAtMs - submittedAtMs) / kDayMs) + 1, settings.windowDays};
}

} // namespace callqa::review
