#include "review/evaluations/evaluationstore.h"

#include "checklists/answersjson.h"
#include "checklists/scoring.h"
#include "review/audit/auditlog.h"
#include "review/auth/refusal.h"
#include "review/calls/callreference.h"
#include "review/checklists/checkliststore.h"
#include "review/queues/doublescoreblind.h"
#include "review/queues/queueprogress.h"
#include "review/storage/changenotice.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::EvaluationStore", text);
}

// One answer's JSON value as text ("yes", 3, {"choice": "k"}), and back.
QString valueToText(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QJsonValue valueFromText(const QString& text)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    return document.array().isEmpty() ? QJsonValue() : document.array().first();
}

QString describeProblems(const checklists::ScoreResult& result)
{
    QStringList lines;
    if (!result.unanswered.isEmpty())
        lines << tr("Not answered: %1").arg(result.unanswered.join(QStringLiteral(", ")));
    for (const checklists::InvalidAnswer& invalid : result.invalidAnswers)
        lines << tr("%1: %2").arg(invalid.itemKey, invalid.reason);
    return lines.join(QLatin1Char('\n'));
}

QString agentExternalIdOf(Database& db, qint64 agentId)
{
    return db.scalar(QStringLiteral("SELECT external_id FROM agents WHERE id = ?"), {agentId})
        .toString();
}

} // namespace

EvaluationStore::EvaluationStore(Workspace& workspace, Actor actor)
    : m_workspace(workspace), m_actor(std::move(actor))
{
}

Result<EvaluationSummary> EvaluationStore::submit(qint64 callId, qint64 checklistVersionId,
                                                  const checklists::AnswerSet& answers)
{
    using R = Result<EvaluationSummary>;
    if (const Status allowed = authorize(m_actor, Action::ScoreCall); !allowed)
        return R::failure(allowed.error());
    const auto version = ChecklistStore(m_workspace, m_actor).versionById(checklistVersionId);
    if (!version)
        return R::failure(version.error());
    EvaluationSummary written;
    const Status status = transactRefusable(m_workspace.db(), [&] {
        written = writeSubmittedEvaluation(m_workspace, m_actor, callId, *version, answers);
    });
    if (!status)
        return R::failure(status.error());
    return written;
}

EvaluationSummary writeSubmittedEvaluation(Workspace& workspace, const Actor& actor, qint64 callId,
                                           const ChecklistVersion& version,
                                           const checklists::AnswerSet& answers,
                                           const SubmitOptions& options)
{
    const checklists::ScoreResult result = checklists::score(version.checklist, answers);
    if (!result.isComplete())
        throw Refusal{tr("The evaluation cannot be submitted:\n%1").arg(describeProblems(result))};
    Database& db = workspace.db();
    QSqlQuery call = db.exec(QStringLiteral("SELECT c.external_id, c.started_at, a.external_id, "
                                            "a.name FROM calls c LEFT JOIN agents a ON a.id = "
                                            "c.agent_id WHERE c.id = ?"),
                             {callId});
    if (!call.next())
        throw Refusal{tr("There is no call #%1.").arg(callId)};
    EvaluationSummary written;
    written.callId = callId;
    written.callExternalId = call.value(0).toString();
    if (!call.value(1).isNull())
        written.callStartedAtMs = call.value(1).toLongLong();
    written.agentExternalId = call.value(2).toString();
    written.agentName = call.value(3).toString();
    if (db.scalar(QStringLiteral("SELECT c.archived FROM checklists c JOIN "
                                 "checklist_versions v ON v.checklist_id = c.id WHERE v.id = ?"),
                  {version.id})
            .toBool())
        throw Refusal{
            tr("Checklist “%1” is archived and takes no new evaluations.").arg(version.key)};
    const qint64 now = workspace.now();
    const QVariant overall =
        result.overall ? QVariant(*result.overall) : QVariant(QMetaType::fromType<double>());
    const QVariant reviewerId =
        actor.isOwner() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(actor.userId);
    // The second score of a double-scored queue item is the reliability score: kept and listed,
    // but counted nowhere (countedEvaluationsCondition takes "submitted" only).
    const bool reliability =
        !options.calibrationSessionId && !options.revisionOf &&
        isPendingSecondScorer(
            db, callId,
            db.scalar(QStringLiteral("SELECT checklist_id FROM checklist_versions WHERE id = ?"),
                      {version.id})
                .toLongLong(),
            actor.login);
    const bool blindScore = !options.calibrationSessionId && hasPendingDoubleScore(db, callId);
    const QString status = options.calibrationSessionId ? QStringLiteral("calibration")
                           : reliability                ? QStringLiteral("reliability")
                                                        : QStringLiteral("submitted");
    const QVariant session = options.calibrationSessionId ? QVariant(*options.calibrationSessionId)
                                                          : QVariant(QMetaType::fromType<qint64>());
    const qint64 evaluationId = db.insert(
        QStringLiteral("INSERT INTO evaluations (call_id, checklist_version_id, reviewer, "
                       "reviewer_user_id, status, overall_score, passed, critical_fail, "
                       "created_at, submitted_at, calibration_session_id, revision_of) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {callId, version.id, actor.login, reviewerId, status, overall, result.passed,
         result.criticalFail, now, now, session,
         options.revisionOf ? QVariant(*options.revisionOf)
                            : QVariant(QMetaType::fromType<qint64>())});
    // One multi-row INSERT per 300 answers: a statement per answer costs a server round trip each.
    const QJsonObject answerObject = checklists::answersToJsonObject(answers);
    constexpr int kRowsPerStatement = 300;
    QVariantList binds;
    const auto flush = [&] {
        if (binds.isEmpty())
            return;
        QStringList rows(binds.size() / 3, QStringLiteral("(?, ?, ?)"));
        db.exec(QStringLiteral("INSERT INTO evaluation_answers (evaluation_id, item_key, "
                               "answer_json) VALUES ") +
                    rows.join(QStringLiteral(", ")),
                binds);
        binds.clear();
    };
    for (auto it = answerObject.begin(); it != answerObject.end(); ++it) {
        binds << evaluationId << it.key() << valueToText(it.value());
        if (binds.size() == 3 * kRowsPerStatement)
            flush();
    }
    flush();
    QJsonObject detail{{QStringLiteral("call"), callId},
                       {QStringLiteral("checklist"), version.key},
                       {QStringLiteral("version"), version.version}};
    // A calibration score stays out of the audit log, which supervisors taking part in a blind
    // session may read: the evaluation row holds it.
    // Likewise the scores of a call still being double-scored blind.
    if (options.calibrationSessionId) {
        detail.insert(QStringLiteral("calibration_session"), *options.calibrationSessionId);
    } else if (blindScore) {
        detail.insert(QStringLiteral("double_scored"), true);
        if (reliability)
            detail.insert(QStringLiteral("reliability"), true);
    } else {
        detail.insert(QStringLiteral("passed"), result.passed);
        if (result.overall)
            detail.insert(QStringLiteral("overall"), *result.overall);
    }
    if (options.revisionOf)
        detail.insert(QStringLiteral("revision_of"), *options.revisionOf);
    const QString action = options.calibrationSessionId ? QStringLiteral("calibration.score")
                           : options.revisionOf         ? QStringLiteral("evaluation.revise")
                                                        : QStringLiteral("evaluation.submit");
    appendAudit(
        db, now,
        {actor.login, action, QStringLiteral("evaluation"), QString::number(evaluationId), detail});
    if (reliability)
        markSecondScoresDone(db, callId, version.id, evaluationId, actor.login, now);
    else if (!options.calibrationSessionId)
        markQueueItemsDone(db, callId, version.id, evaluationId, actor.login, now);
    announceChange(db, QStringLiteral("evaluations"));
    written.id = evaluationId;
    written.checklistKey = version.key;
    written.checklistVersion = version.version;
    written.checklistVersionId = version.id;
    written.reviewer = actor.login;
    written.status = status;
    written.overall = result.overall;
    written.passed = result.passed;
    written.criticalFail = result.criticalFail;
    written.submittedAt = now;
    written.revisionOf = options.revisionOf;
    return written;
}

Result<QList<EvaluationSummary>> EvaluationStore::list(const EvaluationFilter& filter)
{
    using ListResult = Result<QList<EvaluationSummary>>;
    Database& db = m_workspace.db();
    QString agentExternalId = filter.agentExternalId;
    bool writtenByActor = filter.writtenByActor;
    try {
        const Status readsAll = authorize(m_actor, Action::ReadAllEvaluations);
        const bool readsOwnCalls = authorize(m_actor, Action::ReadOwnEvaluations).ok();
        const Status readsWritten = authorize(m_actor, Action::ReadWrittenEvaluations);
        if (writtenByActor && !readsWritten)
            return ListResult::failure(readsWritten.error());
        if (!readsAll && !readsOwnCalls && readsWritten)
            writtenByActor = true;
        // Someone who reads no evaluations at all (an admin) is told the broadest thing refused.
        if (!readsAll && !readsOwnCalls && !writtenByActor)
            return ListResult::failure(readsAll.error());
        if (!readsAll && !writtenByActor) {
            if (!m_actor.agentId)
                return ListResult::failure(
                    tr("%1 is not linked to an agent, so there are no own evaluations to read.")
                        .arg(m_actor.login));
            const QString own = agentExternalIdOf(db, *m_actor.agentId);
            if (!agentExternalId.isEmpty() && agentExternalId != own)
                return ListResult::failure(
                    tr("%1 (agent) may only read the evaluations of their own calls, not those "
                       "of agent %2.")
                        .arg(m_actor.login, agentExternalId));
            agentExternalId = own;
        }
        QString sql = QStringLiteral(
            "SELECT e.id, e.call_id, c.external_id, c.started_at, a.external_id, a.name, "
            "k.checklist_key, v.version, v.id, e.reviewer, e.status, e.overall_score, e.passed, "
            "e.critical_fail, e.submitted_at, e.revision_of, EXISTS (SELECT 1 FROM evaluations r "
            "WHERE r.revision_of = e.id), ack.acknowledged_at, ack.comment FROM evaluations e "
            "JOIN calls c ON c.id = e.call_id "
            "LEFT JOIN agents a ON a.id = c.agent_id "
            "JOIN checklist_versions v ON v.id = e.checklist_version_id "
            "JOIN checklists k ON k.id = v.checklist_id "
            "LEFT JOIN evaluation_acknowledgements ack ON ack.evaluation_id = e.id "
            "WHERE e.status <> 'calibration'");
        // Reliability scores count nowhere, so an agent does not see them among their own.
        if (!readsAll && !writtenByActor)
            sql += QStringLiteral(" AND e.status <> 'reliability'");
        QVariantList binds;
        if (!filter.includeReplaced)
            sql += QStringLiteral(
                " AND NOT EXISTS (SELECT 1 FROM evaluations r WHERE r.revision_of = e.id)");
        if (filter.unacknowledgedOnly)
            sql += QStringLiteral(" AND ack.evaluation_id IS NULL");
        if (filter.submittedBeforeMs) {
            sql += QStringLiteral(" AND e.submitted_at < ?");
            binds << *filter.submittedBeforeMs;
        }
        if (filter.evaluationId) {
            sql += QStringLiteral(" AND e.id = ?");
            binds << *filter.evaluationId;
        }
        if (!agentExternalId.isEmpty()) {
            sql += QStringLiteral(" AND a.external_id = ?");
            binds << agentExternalId;
        }
        if (writtenByActor) {
            if (m_actor.userId != 0) {
                sql += QStringLiteral(" AND e.reviewer_user_id = ?");
                binds << m_actor.userId;
            } else {
                sql += QStringLiteral(" AND e.reviewer_user_id IS NULL AND e.reviewer = ?");
                binds << m_actor.login;
            }
        }
        if (filter.callId) {
            sql += QStringLiteral(" AND e.call_id = ?");
            binds << *filter.callId;
        }
        if (!filter.checklistKey.isEmpty()) {
            sql += QStringLiteral(" AND k.checklist_key = ?");
            binds << filter.checklistKey;
        }
        sql += QStringLiteral(" ORDER BY e.submitted_at DESC, e.id DESC");
        const QList<DoubleScoreSides> blind = doubleScoresOf(db, m_actor.login);
        QSqlQuery q = db.exec(sql, binds);
        QList<EvaluationSummary> out;
        while (q.next()) {
            if (hiddenByDoubleScoring(blind, m_actor.login, q.value(1).toLongLong(),
                                      q.value(9).toString()))
                continue;
            EvaluationSummary e;
            e.id = q.value(0).toLongLong();
            e.callId = q.value(1).toLongLong();
            e.callExternalId = q.value(2).toString();
            if (!q.value(3).isNull())
                e.callStartedAtMs = q.value(3).toLongLong();
            e.agentExternalId = q.value(4).toString();
            e.agentName = q.value(5).toString();
            e.checklistKey = q.value(6).toString();
            e.checklistVersion = q.value(7).toInt();
            e.checklistVersionId = q.value(8).toLongLong();
            e.reviewer = q.value(9).toString();
            e.status = q.value(10).toString();
            if (!q.value(11).isNull())
                e.overall = q.value(11).toDouble();
            e.passed = q.value(12).toBool();
            e.criticalFail = q.value(13).toBool();
            e.submittedAt = q.value(14).toLongLong();
            if (!q.value(15).isNull())
                e.revisionOf = q.value(15).toLongLong();
            e.replaced = q.value(16).toBool();
            if (!q.value(17).isNull())
                e.acknowledgedAt = q.value(17).toLongLong();
            e.acknowledgement = q.value(18).toString();
            out << e;
        }
        return out;
    } catch (const DbError& error) {
        return ListResult::failure(error.message());
    }
}

Status mayReadEvaluation(Database& db, const Actor& actor, qint64 evaluationId)
{
    QSqlQuery about =
        db.exec(QStringLiteral("SELECT e.reviewer, c.agent_id, e.status, e.call_id FROM "
                               "evaluations e JOIN calls c ON c.id = e.call_id WHERE e.id = ?"),
                {evaluationId});
    if (!about.next())
        return Status::failure(tr("There is no evaluation %1.").arg(evaluationId));
    const QString reviewer = about.value(0).toString();
    const std::optional<qint64> agent =
        about.value(1).isNull() ? std::nullopt : std::optional(about.value(1).toLongLong());
    const bool calibration = about.value(2).toString() == QLatin1String("calibration");
    const bool reliability = about.value(2).toString() == QLatin1String("reliability");
    const qint64 callId = about.value(3).toLongLong();
    about.finish();
    if (hiddenByDoubleScoring(doubleScoresOf(db, actor.login), actor.login, callId, reviewer))
        return Status::failure(tr("Evaluation %1 is of a call %2 is double-scoring blind: it can "
                                  "be read once %2 has submitted their own score of the call.")
                                   .arg(QString::number(evaluationId), actor.login));
    if (reliability && reviewer != actor.login &&
        !authorize(actor, Action::ReadAllEvaluations).ok())
        return Status::failure(tr("Evaluation %1 is a reliability score (the second, blind score "
                                  "of a double-scored call) and counts nowhere.")
                                   .arg(evaluationId));
    // A blind session decides who sees its answers (CalibrationStore::scoreOf).
    if (calibration)
        return Status::failure(
            tr("Evaluation %1 belongs to a calibration session: read it through the session.")
                .arg(evaluationId));
    return authorizeReadEvaluation(actor, reviewer, agent);
}

Result<checklists::AnswerSet> EvaluationStore::answers(qint64 evaluationId)
{
    using AnswersResult = Result<checklists::AnswerSet>;
    Database& db = m_workspace.db();
    try {
        if (const Status allowed = mayReadEvaluation(db, m_actor, evaluationId); !allowed)
            return AnswersResult::failure(allowed.error());
        return readEvaluationAnswers(db, evaluationId);
    } catch (const DbError& error) {
        return AnswersResult::failure(error.message());
    }
}

Result<checklists::AnswerSet> readEvaluationAnswers(Database& db, qint64 evaluationId)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT item_key, answer_json FROM "
                                         "evaluation_answers WHERE evaluation_id = ?"),
                          {evaluationId});
    QJsonObject object;
    while (q.next())
        object.insert(q.value(0).toString(), valueFromText(q.value(1).toString()));
    const auto parsed = checklists::answersFromJsonObject(object);
    if (!parsed.ok())
        return Result<checklists::AnswerSet>::failure(parsed.errors().first().toString());
    return parsed.value();
}

qint64 findCallId(Workspace& workspace, const QString& reference)
{
    const auto call = resolveCallReference(workspace.db(), reference);
    return call ? call->id : 0;
}

} // namespace callqa::review
