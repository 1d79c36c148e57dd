#include "review/evaluations/lease.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

TEST_CASE("lease: who may write a shared draft", "[review][lease]")
{
    const LeaseHolder held{QStringLiteral("session-a"), QStringLiteral("sara"),
                           QStringLiteral("ws-1"), 10'000};
    const LeaseHolder released{QString(), QString(), QString(), 0};
    struct Row {
        const char* what;
        std::optional<LeaseHolder> current;
        const char* session;
        qint64 now;
        LeaseDecision expected;
    };
    const Row rows[] = {
        {"nobody holds it", std::nullopt, "session-b", 5'000, LeaseDecision::Take},
        {"released", released, "session-b", 5'000, LeaseDecision::Take},
        {"another session, still running", held, "session-b", 5'000, LeaseDecision::HeldByOther},
        {"another session, one ms before it runs out", held, "session-b", 9'999,
         LeaseDecision::HeldByOther},
        {"another session, run out exactly now", held, "session-b", 10'000, LeaseDecision::Take},
        {"another session, long run out (a crashed workstation)", held, "session-b", 90'000,
         LeaseDecision::Take},
        {"this session, running", held, "session-a", 5'000, LeaseDecision::Renew},
        {"this session, run out but nobody took it", held, "session-a", 20'000,
         LeaseDecision::Renew},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        CHECK(decideLease(row.current, QString::fromLatin1(row.session), row.now) == row.expected);
    }
}
