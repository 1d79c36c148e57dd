#pragma once
// The life cycle of a dispute, decided in one place: who may open, accept, reject or withdraw a
// dispute of an evaluation, when, and what state follows. Pure; the store asks it before every
// change and refuses with the rule it names.

#include <QString>
#include <QtGlobal>

#include <optional>

namespace callqa::review {

enum class DisputeState { None, Open, Accepted, Rejected, Withdrawn };
enum class DisputeAction { Open, Accept, Reject, Withdraw };

// The actor as the evaluation sees them.
struct DisputeActor {
    bool isAgentOfEvaluation = false;    // the agent whose call it is
    bool isReviewerOfEvaluation = false; // wrote the evaluation
    bool mayDispute = false;             // the agent role (own calls) ...
    bool mayDisputeForAgents = false;    // ... or a coach, on the agent's behalf
    bool mayResolve = false;             // a supervisor
    bool openedThisDispute = false;
};

struct DisputeSettings {
    int windowDays = 7;      // from submission
    int maxOpenPerAgent = 3; // open disputes at once
};

struct DisputeContext {
    DisputeState state = DisputeState::None; // of this evaluation's dispute, if any
    bool evaluationIsLatest = true;          // not replaced by a revision
    qint64 submittedAtMs = 0;
    qint64 nowMs = 0;
    int openDisputesOfAgent = 0;
};

struct DisputeDecision {
    std::optional<DisputeState> next; // empty: refused
    QString refusal;                  // the rule, translated
    bool allowed() const { return next.has_value(); }
};

DisputeDecision decideDispute(const DisputeContext& context, const DisputeActor& actor,
                              DisputeAction action, const DisputeSettings& settings);

QString disputeStateName(DisputeState state); // locale-neutral: "open", "accepted", ...
std::optional<DisputeState> disputeStateFromName(const QString& name);

} // namespace callqa::review
