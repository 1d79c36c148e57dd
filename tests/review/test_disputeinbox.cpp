#include "review/disputes/disputeinbox.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

namespace {

constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

Dispute dispute(qint64 id, DisputeState state, qint64 openedAt,
                std::optional<qint64> decidedAt = {})
{
    Dispute d;
    d.id = id;
    d.state = state;
    d.openedAt = openedAt;
    d.decidedAt = decidedAt;
    return d;
}

QList<qint64> ids(const QList<Dispute>& disputes)
{
    QList<qint64> out;
    for (const Dispute& d : disputes)
        out << d.id;
    return out;
}

} // namespace

TEST_CASE("dispute inbox: open first, the longest waiting on top, then the latest decided",
          "[review][disputes]")
{
    struct Row {
        const char* why;
        QList<Dispute> in;
        QList<qint64> out;
    };
    const std::vector<Row> table = {
        {"empty", {}, {}},
        {"open before decided, whatever the times",
         {dispute(1, DisputeState::Accepted, 50, 60), dispute(2, DisputeState::Open, 10)},
         {2, 1}},
        {"open: the oldest first",
         {dispute(1, DisputeState::Open, 30), dispute(2, DisputeState::Open, 10),
          dispute(3, DisputeState::Open, 20)},
         {2, 3, 1}},
        {"open at the same time: by id",
         {dispute(5, DisputeState::Open, 10), dispute(4, DisputeState::Open, 10)},
         {4, 5}},
        {"decided: the latest decision first, withdrawn and rejected alike",
         {dispute(1, DisputeState::Rejected, 10, 20), dispute(2, DisputeState::Withdrawn, 10, 40),
          dispute(3, DisputeState::Accepted, 10, 30)},
         {2, 3, 1}},
        {"decided without a decision time: by its opening",
         {dispute(1, DisputeState::Withdrawn, 15), dispute(2, DisputeState::Rejected, 10, 12)},
         {1, 2}},
    };
    for (const Row& row : table) {
        INFO(row.why);
        CHECK(ids(inboxOrder(row.in)) == row.out);
    }
}

TEST_CASE("dispute inbox: the day of its window a dispute was opened on", "[review][disputes]")
{
    const DisputeSettings week{7, 3};
    const DisputeSettings fortnight{14, 3};
    struct Row {
        const char* why;
        qint64 submitted, opened;
        DisputeSettings settings;
        int day, of;
    };
    const std::vector<Row> table = {
        {"the same hour: day 1", 1000, 1000 + 3600 * 1000, week, 1, 7},
        {"just under a day: still day 1", 0, kDay - 1, week, 1, 7},
        {"exactly a day later: day 2", 0, kDay, week, 2, 7},
        {"the last day of a week", 0, 6 * kDay + 5, week, 7, 7},
        {"a longer window", 0, 9 * kDay, fortnight, 10, 14},
        {"opened before submission (clock skew): day 0", 5000, 4000, week, 0, 7},
    };
    for (const Row& row : table) {
        INFO(row.why);
        const WindowDay day = windowDayOf(row.submitted, row.opened, row.settings);
        CHECK(day.day == row.day);
        CHECK(day.of == row.of);
    }
}
