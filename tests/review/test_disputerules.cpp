#include "review/disputes/disputerules.h"

#include <catch2/catch.hpp>

using namespace callqa::review;
using S = DisputeState;
using A = DisputeAction;

namespace {

constexpr qint64 kDay = 86'400'000;

DisputeActor ownAgent()
{
    DisputeActor a;
    a.isAgentOfEvaluation = true;
    a.mayDispute = true;
    return a;
}
DisputeActor otherAgent()
{
    DisputeActor a;
    a.mayDispute = true;
    return a;
}
DisputeActor coach()
{
    DisputeActor a;
    a.mayDisputeForAgents = true;
    return a;
}
DisputeActor supervisor()
{
    DisputeActor a;
    a.mayResolve = true;
    return a;
}
DisputeActor reviewingSupervisor()
{
    DisputeActor a = supervisor();
    a.isReviewerOfEvaluation = true;
    return a;
}

} // namespace

TEST_CASE("dispute life cycle: every state and action, by who acts", "[review][disputes]")
{
    struct Row {
        const char* name;
        S state;
        A action;
        DisputeActor actor;
        std::optional<S> next;
        const char* refusal; // a word of the rule, when refused
    };
    const std::vector<Row> table = {
        {"agent opens", S::None, A::Open, ownAgent(), S::Open, ""},
        {"coach opens for the agent", S::None, A::Open, coach(), S::Open, ""},
        {"another agent cannot", S::None, A::Open, otherAgent(), {}, "Only the agent"},
        {"a supervisor cannot open", S::None, A::Open, supervisor(), {}, "Only the agent"},
        {"open twice", S::Open, A::Open, ownAgent(), {}, "disputed already"},
        {"after acceptance", S::Accepted, A::Open, ownAgent(), {}, "disputed already"},
        {"after rejection", S::Rejected, A::Open, ownAgent(), {}, "disputed already"},
        {"after withdrawal", S::Withdrawn, A::Open, ownAgent(), {}, "disputed already"},
        {"supervisor accepts", S::Open, A::Accept, supervisor(), S::Accepted, ""},
        {"supervisor rejects", S::Open, A::Reject, supervisor(), S::Rejected, ""},
        {"the reviewer cannot accept", S::Open, A::Accept, reviewingSupervisor(), {}, "reviewer"},
        {"the reviewer cannot reject", S::Open, A::Reject, reviewingSupervisor(), {}, "reviewer"},
        {"an agent cannot accept", S::Open, A::Accept, ownAgent(), {}, "supervisor"},
        {"a coach cannot reject", S::Open, A::Reject, coach(), {}, "supervisor"},
        {"agent withdraws", S::Open, A::Withdraw, ownAgent(), S::Withdrawn, ""},
        {"a supervisor cannot withdraw", S::Open, A::Withdraw, supervisor(), {}, "withdraws"},
        {"no dispute to accept", S::None, A::Accept, supervisor(), {}, "not open"},
        {"no dispute to reject", S::None, A::Reject, supervisor(), {}, "not open"},
        {"no dispute to withdraw", S::None, A::Withdraw, ownAgent(), {}, "not open"},
        {"accept twice", S::Accepted, A::Accept, supervisor(), {}, "not open"},
        {"reject an accepted one", S::Accepted, A::Reject, supervisor(), {}, "not open"},
        {"withdraw an accepted one", S::Accepted, A::Withdraw, ownAgent(), {}, "not open"},
        {"accept a rejected one", S::Rejected, A::Accept, supervisor(), {}, "not open"},
        {"reject twice", S::Rejected, A::Reject, supervisor(), {}, "not open"},
        {"withdraw a rejected one", S::Rejected, A::Withdraw, ownAgent(), {}, "not open"},
        {"accept a withdrawn one", S::Withdrawn, A::Accept, supervisor(), {}, "not open"},
        {"reject a withdrawn one", S::Withdrawn, A::Reject, supervisor(), {}, "not open"},
        {"withdraw twice", S::Withdrawn, A::Withdraw, ownAgent(), {}, "not open"},
    };
    DisputeContext context;
    context.submittedAtMs = 10 * kDay;
    context.nowMs = 11 * kDay;
    for (const Row& row : table) {
        INFO(row.name);
        context.state = row.state;
        const DisputeDecision decision = decideDispute(context, row.actor, row.action, {});
        CHECK(decision.next == row.next);
        if (!row.next)
            CHECK(decision.refusal.contains(QLatin1String(row.refusal)));
        else
            CHECK(decision.refusal.isEmpty());
    }
}

TEST_CASE("dispute life cycle: the window, the cap and revised evaluations", "[review][disputes]")
{
    const DisputeSettings settings{7, 2};
    struct Row {
        const char* name;
        qint64 nowMs;
        int open;
        bool latest;
        bool allowed;
        const char* refusal;
    };
    const qint64 submitted = 100 * kDay;
    const std::vector<Row> table = {
        {"on the day", submitted, 0, true, true, ""},
        {"on the last moment of the window", submitted + 7 * kDay, 0, true, true, ""},
        {"a moment after", submitted + 7 * kDay + 1, 0, true, false, "7 day"},
        {"one open of two", submitted + kDay, 1, true, true, ""},
        {"at the cap", submitted + kDay, 2, true, false, "most allowed"},
        {"a replaced evaluation", submitted + kDay, 0, false, false, "revised"},
    };
    for (const Row& row : table) {
        INFO(row.name);
        DisputeContext context;
        context.submittedAtMs = submitted;
        context.nowMs = row.nowMs;
        context.openDisputesOfAgent = row.open;
        context.evaluationIsLatest = row.latest;
        const DisputeDecision decision = decideDispute(context, ownAgent(), A::Open, settings);
        CHECK(decision.allowed() == row.allowed);
        if (!row.allowed)
            CHECK(decision.refusal.contains(QLatin1String(row.refusal)));
    }
}

TEST_CASE("dispute states have locale-neutral names", "[review][disputes]")
{
    for (S state : {S::None, S::Open, S::Accepted, S::Rejected, S::Withdrawn})
        CHECK(disputeStateFromName(disputeStateName(state)) == state);
    CHECK_FALSE(disputeStateFromName(QStringLiteral("Open")).has_value());
}
