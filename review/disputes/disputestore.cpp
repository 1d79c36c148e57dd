#include "review/disputes/disputestore.h"

#include "review/audit/auditlog.h"
#include "review/auth/refusal.h"
#include "review/checklists/checkliststore.h"
#include "review/disputes/evaluationaccess.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/changenotice.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::Disputes", text);
}

constexpr char kDisputeColumns[] =
    "d.id, d.evaluation_id, e.call_id, c.external_id, a.external_id, d.opened_by, d.opened_at, "
    "d.reason, d.state, d.decided_by, d.decided_at, d.decision_reason, d.revision_id FROM "
    "disputes d JOIN evaluations e ON e.id = d.evaluation_id JOIN calls c ON c.id = e.call_id "
    "LEFT JOIN agents a ON a.id = c.agent_id";

QList<Dispute> readDisputes(Database& db, const QString& where, const QVariantList& binds)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT ") + QLatin1String(kDisputeColumns) +
                              QStringLiteral(" WHERE ") + where +
                              QStringLiteral(" ORDER BY d.opened_at DESC, d.id DESC"),
                          binds);
    QList<Dispute> out;
    while (q.next()) {
        Dispute d;
        d.id = q.value(0).toLongLong();
        d.evaluationId = q.value(1).toLongLong();
        d.callId = q.value(2).toLongLong();
        d.callExternalId = q.value(3).toString();
        d.agentExternalId = q.value(4).toString();
        d.openedBy = q.value(5).toString();
        d.openedAt = q.value(6).toLongLong();
        d.reason = q.value(7).toString();
        d.state = disputeStateFromName(q.value(8).toString()).value_or(DisputeState::Open);
        d.decidedBy = q.value(9).toString();
        if (!q.value(10).isNull())
            d.decidedAt = q.value(10).toLongLong();
        d.decisionReason = q.value(11).toString();
        if (!q.value(12).isNull())
            d.revisionId = q.value(12).toLongLong();
        out << d;
    }
    q.finish();
    for (Dispute& d : out) {
        QSqlQuery items = db.exec(
            QStringLiteral("SELECT item_key, reason FROM dispute_items WHERE dispute_id = ?"),
            {d.id});
        while (items.next())
            d.itemReasons.insert(items.value(0).toString(), items.value(1).toString());
    }
    return out;
}

QString requiredReason(const QString& reason)
{
    const QString text = reason.trimmed();
    if (text.isEmpty())
        throw Refusal{tr("Give the reason: it is what the other side reads.")};
    return text;
}

DisputeActor disputeActor(const Actor& actor, const EvaluationRecord& evaluation,
                          const QString& openedBy = {})
{
    DisputeActor a;
    a.isAgentOfEvaluation = isAgentOf(actor, evaluation);
    a.isReviewerOfEvaluation = evaluation.reviewer == actor.login;
    a.mayDispute = authorize(actor, Action::DisputeEvaluation).ok();
    a.mayDisputeForAgents = actor.has(Role::Coach);
    a.mayResolve = authorize(actor, Action::ResolveDisputes).ok();
    a.openedThisDispute = !openedBy.isEmpty() && openedBy == actor.login;
    return a;
}

void audit(Database& db, qint64 at, const QString& login, const QString& action, qint64 disputeId,
           QJsonObject detail)
{
    appendAudit(
        db, at,
        {login, action, QStringLiteral("dispute"), QString::number(disputeId), std::move(detail)});
    announceChange(db, QStringLiteral("evaluations"));
}

} // namespace

DisputeSettings disputeSettings(Workspace& workspace)
{
    const auto positive = [&workspace](const char* key, int fallback) {
        bool ok = false;
        const int value = workspace.setting(QLatin1String(key)).toInt(&ok);
        return ok && value > 0 ? value : fallback;
    };
    DisputeSettings settings;
    settings.windowDays = positive("disputes.window_days", settings.windowDays);
    settings.maxOpenPerAgent = positive("disputes.max_open_per_agent", settings.maxOpenPerAgent);
    return settings;
}

DisputeStore::DisputeStore(Workspace& workspace, Actor actor)
    : m_workspace(workspace), m_actor(std::move(actor))
{
}

Result<Dispute> DisputeStore::open(qint64 evaluationId, const QString& reason,
                                   const QMap<QString, QString>& itemReasons)
{
    Database& db = m_workspace.db();
    const DisputeSettings settings = disputeSettings(m_workspace);
    qint64 id = 0;
    const Status status = transactRefusable(db, [&] {
        const QString text = requiredReason(reason);
        const EvaluationRecord evaluation = readableEvaluation(db, m_actor, evaluationId);
        DisputeContext context;
        const QList<Dispute> earlier =
            readDisputes(db, QStringLiteral("d.evaluation_id = ?"), {evaluationId});
        if (!earlier.isEmpty())
            context.state = earlier.first().state;
        context.evaluationIsLatest = evaluation.latest;
        context.submittedAtMs = evaluation.submittedAt;
        context.nowMs = m_workspace.now();
        context.openDisputesOfAgent =
            evaluation.agentId
                ? int(db.scalar(QStringLiteral("SELECT count(*) FROM disputes WHERE agent_id = ? "
                                               "AND state = 'open'"),
                                {*evaluation.agentId})
                          .toLongLong())
                : 0;
        const DisputeDecision decision = decideDispute(context, disputeActor(m_actor, evaluation),
                                                       DisputeAction::Open, settings);
        if (!decision.allowed())
            throw Refusal{decision.refusal};
        const auto version =
            ChecklistStore(m_workspace, Actor::owner()).versionById(evaluation.checklistVersionId);
        for (auto it = itemReasons.begin(); it != itemReasons.end(); ++it) {
            if (version && !version->checklist.findItem(it.key()))
                throw Refusal{tr("The evaluation's checklist has no item “%1”.").arg(it.key())};
            requiredReason(it.value());
        }
        id = db.insert(QStringLiteral("INSERT INTO disputes (evaluation_id, agent_id, opened_by, "
                                      "opened_at, reason, state) VALUES (?, ?, ?, ?, ?, 'open') "
                                      "RETURNING id"),
                       {evaluationId,
                        evaluation.agentId ? QVariant(*evaluation.agentId) : QVariant(),
                        m_actor.login, context.nowMs, text});
        for (auto it = itemReasons.begin(); it != itemReasons.end(); ++it)
            db.exec(QStringLiteral("INSERT INTO dispute_items (dispute_id, item_key, reason) "
                                   "VALUES (?, ?, ?)"),
                    {id, it.key(), it.value().trimmed()});
        audit(db, context.nowMs, m_actor.login, QStringLiteral("dispute.open"), id,
              {{QStringLiteral("evaluation"), evaluationId},
               {QStringLiteral("items"), int(itemReasons.size())}});
    });
    if (!status)
        return Result<Dispute>::failure(status.error());
    return readDisputes(db, QStringLiteral("d.id = ?"), {id}).first();
}

Result<QList<Dispute>> DisputeStore::list(std::optional<DisputeState> state)
{
    using R = Result<QList<Dispute>>;
    Database& db = m_workspace.db();
    try {
        QString where = QStringLiteral("1 = 1");
        QVariantList binds;
        if (state) {
            where += QStringLiteral(" AND d.state = ?");
            binds << disputeStateName(*state);
        }
        if (!authorize(m_actor, Action::ReadAllEvaluations)) {
            if (!authorize(m_actor, Action::ReadOwnEvaluations) || !m_actor.agentId)
                return R::failure(authorize(m_actor, Action::ReadAllEvaluations).error());
            where += QStringLiteral(" AND c.agent_id = ?");
            binds << *m_actor.agentId;
        }
        return readDisputes(db, where, binds);
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

Result<QList<Dispute>> DisputeStore::ofEvaluation(qint64 evaluationId)
{
    using R = Result<QList<Dispute>>;
    Database& db = m_workspace.db();
    QList<Dispute> out;
    const Status status = transactRefusable(db, [&] {
        readableEvaluation(db, m_actor, evaluationId);
        out = readDisputes(db, QStringLiteral("d.evaluation_id = ?"), {evaluationId});
    });
    if (!status)
        return R::failure(status.error());
    return out;
}

Result<Dispute> DisputeStore::accept(qint64 disputeId, const checklists::AnswerSet& answers,
                                     const QString& reason)
{
    return decide(disputeId, DisputeAction::Accept, reason, &answers);
}

Result<Dispute> DisputeStore::reject(qint64 disputeId, const QString& reason)
{
    return decide(disputeId, DisputeAction::Reject, reason, nullptr);
}

Result<Dispute> DisputeStore::withdraw(qint64 disputeId)
{
    return decide(disputeId, DisputeAction::Withdraw, {}, nullptr);
}

Result<Dispute> DisputeStore::decide(qint64 disputeId, DisputeAction action, const QString& reason,
                                     const checklists::AnswerSet* answers)
{
    Database& db = m_workspace.db();
    const Status status = transactRefusable(db, [&] {
        const QList<Dispute> found = readDisputes(db, QStringLiteral("d.id = ?"), {disputeId});
        if (found.isEmpty())
            throw Refusal{tr("There is no dispute %1.").arg(disputeId)};
        const Dispute& dispute = found.first();
        const EvaluationRecord evaluation = readableEvaluation(db, m_actor, dispute.evaluationId);
        DisputeContext context;
        context.state = dispute.state;
        context.nowMs = m_workspace.now();
        const DisputeDecision decision =
            decideDispute(context, disputeActor(m_actor, evaluation, dispute.openedBy), action, {});
        if (!decision.allowed())
            throw Refusal{decision.refusal};
        const QString text =
            action == DisputeAction::Withdraw ? reason.trimmed() : requiredReason(reason);
        QVariant revision;
        QJsonObject detail{{QStringLiteral("evaluation"), dispute.evaluationId}};
        if (action == DisputeAction::Accept) {
            const auto version =
                ChecklistStore(m_workspace, m_actor).versionById(evaluation.checklistVersionId);
            if (!version)
                throw Refusal{version.error()};
            const EvaluationSummary revised =
                writeSubmittedEvaluation(m_workspace, m_actor, evaluation.callId, *version,
                                         *answers, {std::nullopt, evaluation.id});
            revision = revised.id;
            detail.insert(QStringLiteral("revision"), revised.id);
        }
        db.exec(QStringLiteral("UPDATE disputes SET state = ?, decided_by = ?, decided_at = ?, "
                               "decision_reason = ?, revision_id = ? WHERE id = ?"),
                {disputeStateName(*decision.next), m_actor.login, context.nowMs,
                 text.isEmpty() ? QVariant() : QVariant(text), revision, disputeId});
        audit(db, context.nowMs, m_actor.login,
              QStringLiteral("dispute.") + disputeStateName(*decision.next), disputeId, detail);
    });
    if (!status)
        return Result<Dispute>::failure(status.error());
    return readDisputes(db, QStringLiteral("d.id = ?"), {disputeId}).first();
}

} // namespace callqa::review
