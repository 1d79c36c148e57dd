#pragma once

#include "checklists/answerset.h"
#include "review/auth/permissions.h"
#include "review/disputes/disputerules.h"
#include "review/result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace callqa::review {

class Workspace;

struct Dispute {
    qint64 id = 0;
    qint64 evaluationId = 0;
    qint64 callId = 0;
    QString callExternalId;
    QString agentExternalId;
    QString openedBy;
    qint64 openedAt = 0;
    QString reason;
    QMap<QString, QString> itemReasons; // item key -> reason
    DisputeState state = DisputeState::Open;
    QString decidedBy;
    std::optional<qint64> decidedAt;
    QString decisionReason;
    std::optional<qint64> revisionId; // the revision that settled an accepted dispute
};

// Window and cap, from the workspace settings "disputes.window_days" (default 7) and
// "disputes.max_open_per_agent" (default 3).
DisputeSettings disputeSettings(Workspace& workspace);

// Disputes of submitted evaluations. Every change asks decideDispute (disputerules.h) first and
// is one transaction with an audit row; accepting re-scores the evaluation as a revision (a new
// evaluation row linked to the one it replaces, on the same checklist version), never an update.
class DisputeStore {
public:
    DisputeStore(Workspace& workspace, Actor actor);

    Result<Dispute> open(qint64 evaluationId, const QString& reason,
                         const QMap<QString, QString>& itemReasons = {});
    // The actor's disputes to see: an agent their own, supervisors and coaches all.
    Result<QList<Dispute>> list(std::optional<DisputeState> state = std::nullopt);
    Result<QList<Dispute>> ofEvaluation(qint64 evaluationId);
    Result<Dispute> accept(qint64 disputeId, const checklists::AnswerSet& answers,
                           const QString& reason);
    Result<Dispute> reject(qint64 disputeId, const QString& reason);
    Result<Dispute> withdraw(qint64 disputeId);

private:
    Result<Dispute> decide(qint64 disputeId, DisputeAction action, const QString& reason,
                           const checklists::AnswerSet* answers);

    Workspace& m_workspace;
    Actor m_actor;
};

} // namespace callqa::review
