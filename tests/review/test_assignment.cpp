#include "review/queues/assignment.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

TEST_CASE("assignment: round-robin or by load, never one's own calls", "[review][queues]")
{
    const auto L = [](const char* s) { return QString::fromLatin1(s); };
    struct Row {
        const char* why;
        std::vector<qint64> agents; // each item's agent
        std::vector<ReviewerSlot> reviewers;
        AssignMode mode;
        std::vector<QString> expected;
    };
    const std::vector<Row> table = {
        {"round-robin in the order named",
         {1, 2, 3, 4, 5},
         {{L("rita"), 0, 0}, {L("omid"), 0, 0}},
         AssignMode::RoundRobin,
         {L("rita"), L("omid"), L("rita"), L("omid"), L("rita")}},
        {"round-robin skips a reviewer for their own agent's call, then goes on",
         {1, 7, 2, 3},
         {{L("rita"), 0, 0}, {L("omid"), 7, 0}},
         AssignMode::RoundRobin,
         {L("rita"), L("rita"), L("omid"), L("rita")}},
        {"by load: the fewest open items first, ties to the first named",
         {1, 2, 3, 4},
         {{L("rita"), 0, 3}, {L("omid"), 0, 1}, {L("ayse"), 0, 1}},
         AssignMode::ByLoad,
         {L("omid"), L("ayse"), L("omid"), L("ayse")}},
        {"by load never gives a reviewer their own call",
         {5, 5},
         {{L("rita"), 5, 0}, {L("omid"), 0, 9}},
         AssignMode::ByLoad,
         {L("omid"), L("omid")}},
        {"nobody may take it: unassigned",
         {5, 1},
         {{L("rita"), 5, 0}},
         AssignMode::RoundRobin,
         {QString(), L("rita")}},
        {"no reviewers named: all unassigned",
         {1, 2},
         {},
         AssignMode::ByLoad,
         {QString(), QString()}},
    };
    for (const Row& row : table) {
        INFO(row.why);
        CHECK(assignItems(row.agents, row.reviewers, row.mode) == row.expected);
    }
}
