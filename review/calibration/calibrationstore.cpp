#include "review/calibration/calibrationstore.h"

#include "review/audit/auditlog.h"
#include "review/auth/refusal.h"
#include "review/auth/userrecords.h"
#include "review/calibration/calibrationaccess.h"
#include "review/calibration/calibrationrows.h"
#include "review/checklists/checkliststore.h"
#include "review/storage/changenotice.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::CalibrationStore", text);
}

CalibrationSession sessionOrRefuse(Database& db, qint64 sessionId)
{
    auto session = calibrationrows::readSession(db, sessionId);
    if (!session)
        throw Refusal{tr("There is no calibration session %1.").arg(sessionId)};
    return *session;
}

void refuseUnless(const Status& status)
{
    if (!status)
        throw Refusal{status.error()};
}

// The logins as the users table spells them; refused for an unknown or inactive user.
QStringList canonicalLogins(Database& db, const QStringList& logins)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString& login : logins) {
        const auto user = auth::findUser(db, login.trimmed());
        if (!user || !user->active)
            throw Refusal{tr("%1 is not an active user of this workspace.").arg(login)};
        if (seen.contains(user->login))
            throw Refusal{tr("%1 is named twice among the reviewers.").arg(user->login)};
        seen.insert(user->login);
        out << user->login;
    }
    return out;
}

} // namespace

CalibrationStore::CalibrationStore(Workspace& workspace, Actor actor)
    : m_workspace(workspace), m_actor(std::move(actor))
{
}

Result<CalibrationSession> CalibrationStore::create(const NewCalibrationSession& request)
{
    using R = Result<CalibrationSession>;
    if (const Status allowed = authorize(m_actor, Action::ManageCalibration); !allowed)
        return R::failure(allowed.error());
    Database& db = m_workspace.db();
    qint64 id = 0;
    const Status status = transactRefusable(db, [&] {
        if (request.name.trimmed().isEmpty())
            throw Refusal{tr("A calibration session needs a name.")};
        if (request.callIds.isEmpty())
            throw Refusal{tr("A calibration session needs at least one call.")};
        if (request.participants.isEmpty())
            throw Refusal{tr("A calibration session needs at least one reviewer.")};
        if (!db.scalar(QStringLiteral("SELECT id FROM checklist_versions WHERE id = ?"),
                       {request.checklistVersionId})
                 .isValid())
            throw Refusal{tr("There is no checklist version %1.").arg(request.checklistVersionId)};
        QStringList participants = canonicalLogins(db, request.participants);
        QString expert;
        if (!request.expert.trimmed().isEmpty()) {
            expert = canonicalLogins(db, {request.expert}).first();
            if (!participants.contains(expert))
                participants << expert;
        }
        QSet<qint64> seenCalls;
        for (qint64 call : request.callIds) {
            if (seenCalls.contains(call))
                throw Refusal{tr("Call #%1 is named twice.").arg(call)};
            seenCalls.insert(call);
            if (!db.scalar(QStringLiteral("SELECT id FROM calls WHERE id = ?"), {call}).isValid())
                throw Refusal{tr("There is no call #%1.").arg(call)};
        }
        const qint64 now = m_workspace.now();
        const QVariant deadline = request.deadlineAt ? QVariant(*request.deadlineAt)
                                                     : QVariant(QMetaType::fromType<qint64>());
        const QVariant expertValue =
            expert.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(expert);
        id = db.insert(QStringLiteral("INSERT INTO calibration_sessions (name, "
                                      "checklist_version_id, expert, blind, deadline_at, state, "
                                      "created_by, created_at) VALUES (?, ?, ?, ?, ?, 'open', ?, "
                                      "?) RETURNING id"),
                       {request.name.trimmed(), request.checklistVersionId, expertValue,
                        request.blind, deadline, m_actor.login, now});
        QJsonArray callArray;
        for (qsizetype i = 0; i < request.callIds.size(); ++i) {
            db.exec(QStringLiteral("INSERT INTO calibration_session_calls (session_id, call_id, "
                                   "position) VALUES (?, ?, ?)"),
                    {id, request.callIds.at(i), qint64(i)});
            callArray << request.callIds.at(i);
        }
        for (qsizetype i = 0; i < participants.size(); ++i)
            db.exec(QStringLiteral("INSERT INTO calibration_participants (session_id, login, "
                                   "position) VALUES (?, ?, ?)"),
                    {id, participants.at(i), qint64(i)});
        QJsonObject detail{{QStringLiteral("name"), request.name.trimmed()},
                           {QStringLiteral("checklist_version"), request.checklistVersionId},
                           {QStringLiteral("calls"), callArray},
                           {QStringLiteral("reviewers"), QJsonArray::fromStringList(participants)},
                           {QStringLiteral("blind"), request.blind}};
        if (!expert.isEmpty())
            detail.insert(QStringLiteral("expert"), expert);
        if (request.deadlineAt)
            detail.insert(QStringLiteral("deadline_at"), *request.deadlineAt);
        appendAudit(db, now,
                    {m_actor.login, QStringLiteral("calibration.create"),
                     QStringLiteral("calibration_session"), QString::number(id), detail});
        announceChange(db, QStringLiteral("calibration"));
    });
    if (!status)
        return R::failure(status.error());
    return session(id);
}

Result<QList<CalibrationSession>> CalibrationStore::list()
{
    using R = Result<QList<CalibrationSession>>;
    try {
        Database& db = m_workspace.db();
        QList<CalibrationSession> out;
        for (qint64 id : calibrationrows::sessionIds(db)) {
            const auto s = calibrationrows::readSession(db, id);
            if (s && authorizeReadCalibrationSession(m_actor,
                                                     calibrationrows::factsFor(db, *s, m_actor)))
                out << *s;
        }
        return out;
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

Result<CalibrationSession> CalibrationStore::session(qint64 sessionId)
{
    using R = Result<CalibrationSession>;
    try {
        Database& db = m_workspace.db();
        const auto s = calibrationrows::readSession(db, sessionId);
        if (!s)
            return R::failure(tr("There is no calibration session %1.").arg(sessionId));
        if (const Status allowed = authorizeReadCalibrationSession(
                m_actor, calibrationrows::factsFor(db, *s, m_actor));
            !allowed)
            return R::failure(allowed.error());
        return *s;
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

Status CalibrationStore::close(qint64 sessionId)
{
    if (const Status allowed = authorize(m_actor, Action::ManageCalibration); !allowed)
        return allowed;
    Database& db = m_workspace.db();
    return transactRefusable(db, [&] {
        const CalibrationSession s = sessionOrRefuse(db, sessionId);
        if (s.closed)
            throw Refusal{tr("Calibration session %1 is already closed.").arg(sessionId)};
        const qint64 now = m_workspace.now();
        db.exec(QStringLiteral("UPDATE calibration_sessions SET state = 'closed', closed_by = ?, "
                               "closed_at = ? WHERE id = ?"),
                {m_actor.login, now, sessionId});
        appendAudit(db, now,
                    {m_actor.login, QStringLiteral("calibration.close"),
                     QStringLiteral("calibration_session"), QString::number(sessionId),
                     QJsonObject{{QStringLiteral("scores"), s.scoresGiven}}});
        announceChange(db, QStringLiteral("calibration"));
    });
}

Result<EvaluationSummary> CalibrationStore::score(qint64 sessionId, qint64 callId,
                                                  const checklists::AnswerSet& answers)
{
    using R = Result<EvaluationSummary>;
    Database& db = m_workspace.db();
    EvaluationSummary written;
    const Status status = transactRefusable(db, [&] {
        const CalibrationSession s = sessionOrRefuse(db, sessionId);
        refuseUnless(
            authorizeScoreCalibration(m_actor, calibrationrows::factsFor(db, s, m_actor, callId)));
        if (!s.callIds.contains(callId))
            throw Refusal{
                tr("Call #%1 is not part of calibration session %2.").arg(callId).arg(sessionId)};
        if (s.deadlineAt && m_workspace.now() > *s.deadlineAt)
            throw Refusal{tr("The deadline of calibration session %1 has passed.").arg(sessionId)};
        if (!calibrationrows::readScores(db, sessionId, m_actor.login, callId).isEmpty())
            throw Refusal{tr("%1 has already scored call #%2 in this session.")
                              .arg(m_actor.login)
                              .arg(callId)};
        const auto version =
            ChecklistStore(m_workspace, Actor::owner()).versionById(s.checklistVersionId);
        if (!version)
            throw Refusal{version.error()};
        written = writeSubmittedEvaluation(m_workspace, m_actor, callId, *version, answers,
                                           {sessionId, std::nullopt});
    });
    if (!status)
        return R::failure(status.error());
    return written;
}

Status CalibrationStore::promote(qint64 evaluationId)
{
    if (const Status allowed = authorize(m_actor, Action::ManageCalibration); !allowed)
        return allowed;
    Database& db = m_workspace.db();
    return transactRefusable(db, [&] {
        QSqlQuery q = db.exec(QStringLiteral("SELECT calibration_session_id, status FROM "
                                             "evaluations WHERE id = ?"),
                              {evaluationId});
        if (!q.next() || q.value(0).isNull())
            throw Refusal{tr("Evaluation %1 is not a calibration evaluation.").arg(evaluationId)};
        const qint64 sessionId = q.value(0).toLongLong();
        const bool promoted = q.value(1).toString() != QLatin1String("calibration");
        q.finish();
        if (promoted)
            throw Refusal{tr("Evaluation %1 is already promoted.").arg(evaluationId)};
        if (!sessionOrRefuse(db, sessionId).closed)
            throw Refusal{tr("Close calibration session %1 before promoting its evaluations.")
                              .arg(sessionId)};
        const qint64 now = m_workspace.now();
        db.exec(QStringLiteral("UPDATE evaluations SET status = 'submitted', promoted_by = ?, "
                               "promoted_at = ? WHERE id = ?"),
                {m_actor.login, now, evaluationId});
        appendAudit(db, now,
                    {m_actor.login, QStringLiteral("calibration.promote"),
                     QStringLiteral("evaluation"), QString::number(evaluationId),
                     QJsonObject{{QStringLiteral("calibration_session"), sessionId}}});
        announceChange(db, QStringLiteral("evaluations"));
    });
}

Result<QList<CalibrationProgress>> CalibrationStore::progress(qint64 sessionId)
{
    using R = Result<QList<CalibrationProgress>>;
    const auto readable = session(sessionId);
    if (!readable)
        return R::failure(readable.error());
    try {
        QSqlQuery q = m_workspace.db().exec(
            QStringLiteral("SELECT call_id, reviewer, id FROM evaluations WHERE "
                           "calibration_session_id = ? ORDER BY id"),
            {sessionId});
        QList<CalibrationProgress> out;
        while (q.next())
            out << CalibrationProgress{q.value(0).toLongLong(), q.value(1).toString(),
                                       q.value(2).toLongLong()};
        return out;
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

Result<QList<CalibrationScore>> CalibrationStore::scores(qint64 sessionId)
{
    using R = Result<QList<CalibrationScore>>;
    try {
        Database& db = m_workspace.db();
        const auto s = calibrationrows::readSession(db, sessionId);
        if (!s)
            return R::failure(tr("There is no calibration session %1.").arg(sessionId));
        if (const Status allowed =
                authorizeReadCalibrationReport(m_actor, calibrationrows::factsFor(db, *s, m_actor));
            !allowed)
            return R::failure(allowed.error());
        return calibrationrows::readScores(db, sessionId);
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

Result<CalibrationScore> CalibrationStore::scoreOf(qint64 sessionId, qint64 callId,
                                                   const QString& reviewer)
{
    using R = Result<CalibrationScore>;
    try {
        Database& db = m_workspace.db();
        const auto s = calibrationrows::readSession(db, sessionId);
        if (!s)
            return R::failure(tr("There is no calibration session %1.").arg(sessionId));
        const CalibrationFacts facts = calibrationrows::factsFor(db, *s, m_actor, callId);
        const bool own = reviewer.compare(m_actor.login, Qt::CaseInsensitive) == 0;
        const Status allowed = own ? authorizeReadCalibrationSession(m_actor, facts)
                                   : authorizeSeeOthersAnswers(m_actor, facts);
        if (!allowed)
            return R::failure(allowed.error());
        const QList<CalibrationScore> found =
            calibrationrows::readScores(db, sessionId, own ? m_actor.login : reviewer, callId);
        if (found.isEmpty())
            return R::failure(
                tr("%1 has not scored call #%2 in this session.").arg(reviewer).arg(callId));
        return found.first();
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

} // namespace callqa::review
