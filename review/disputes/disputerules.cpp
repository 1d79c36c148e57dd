#include "review/disputes/disputerules.h"

#include <QCoreApplication>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::Disputes", text);
}

DisputeDecision refuse(const QString& rule)
{
    return {std::nullopt, rule};
}

DisputeDecision decideOpen(const DisputeContext& c, const DisputeActor& a, const DisputeSettings& s)
{
    if (!(a.isAgentOfEvaluation && a.mayDispute) && !a.mayDisputeForAgents)
        return refuse(tr("Only the agent whose call it is, or a coach on their behalf, disputes "
                         "an evaluation."));
    if (c.state != DisputeState::None)
        return refuse(tr("This evaluation has been disputed already; a revision of it can be "
                         "disputed in its own window."));
    if (!c.evaluationIsLatest)
        return refuse(tr("This evaluation was revised; dispute the latest revision."));
    const qint64 windowEnd = c.submittedAtMs + qint64(s.windowDays) * 86'400'000;
    if (c.nowMs > windowEnd)
        return refuse(tr("Disputes are open for %1 day(s) after submission; that time is over.")
                          .arg(s.windowDays));
    if (c.openDisputesOfAgent >= s.maxOpenPerAgent)
        return refuse(tr("The agent has %1 open dispute(s), the most allowed at once.")
                          .arg(c.openDisputesOfAgent));
    return {DisputeState::Open, {}};
}

} // namespace

DisputeDecision decideDispute(const DisputeContext& c, const DisputeActor& a, DisputeAction action,
                              const DisputeSettings& s)
{
    if (action == DisputeAction::Open)
        return decideOpen(c, a, s);
    if (c.state != DisputeState::Open)
        return refuse(tr("The dispute is not open: it was settled or withdrawn."));
    switch (action) {
    case DisputeAction::Accept:
    case DisputeAction::Reject:
        if (!a.mayResolve)
            return refuse(tr("Only a supervisor decides a dispute."));
        if (a.isReviewerOfEvaluation)
            return refuse(tr("The reviewer who wrote the evaluation does not decide its dispute."));
        return {action == DisputeAction::Accept ? DisputeState::Accepted : DisputeState::Rejected,
                {}};
    case DisputeAction::Withdraw:
        if (!a.isAgentOfEvaluation && !a.openedThisDispute)
            return refuse(tr("Only the agent, or whoever opened the dispute, withdraws it."));
        return {DisputeState::Withdrawn, {}};
    case DisputeAction::Open:
        break;
    }
    return refuse(tr("Unknown dispute action."));
}

QString disputeStateName(DisputeState state)
{
    switch (state) {
    case DisputeState::None:
        return QStringLiteral("none");
    case DisputeState::Open:
        return QStringLiteral("open");
    case DisputeState::Accepted:
        return QStringLiteral("accepted");
    case DisputeState::Rejected:
        return QStringLiteral("rejected");
    case DisputeState::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<DisputeState> disputeStateFromName(const QString& name)
{
    for (DisputeState state : {DisputeState::None, DisputeState::Open, DisputeState::Accepted,
                               DisputeState::Rejected, DisputeState::Withdrawn})
        if (disputeStateName(state) == name)
            return state;
    return std::nullopt;
}

} // namespace callqa::review
