#include "review/calibration/calibrationrows.h"

#include "review/evaluations/evaluationstore.h"
#include "review/storage/database.h"

#include <QSet>

namespace callqa::review::calibrationrows {

std::optional<CalibrationSession> readSession(Database& db, qint64 sessionId)
{
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT s.id, s.name, s.checklist_version_id, k.checklist_key, v.version, "
                       "s.expert, s.blind, s.deadline_at, s.state, s.created_by, s.created_at, "
                       "s.closed_at FROM calibration_sessions s JOIN checklist_versions v ON "
                       "v.id = s.checklist_version_id JOIN checklists k ON k.id = v.checklist_id "
                       "WHERE s.id = ?"),
        {sessionId});
    if (!q.next())
        return std::nullopt;
    CalibrationSession s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.checklistVersionId = q.value(2).toLongLong();
    s.checklistKey = q.value(3).toString();
    s.checklistVersion = q.value(4).toInt();
    s.expert = q.value(5).toString();
    s.blind = q.value(6).toBool();
    if (!q.value(7).isNull())
        s.deadlineAt = q.value(7).toLongLong();
    s.closed = q.value(8).toString() == QLatin1String("closed");
    s.createdBy = q.value(9).toString();
    s.createdAt = q.value(10).toLongLong();
    if (!q.value(11).isNull())
        s.closedAt = q.value(11).toLongLong();
    q.finish();
    QSqlQuery calls = db.exec(QStringLiteral("SELECT sc.call_id, c.external_id FROM "
                                             "calibration_session_calls sc JOIN calls c ON c.id = "
                                             "sc.call_id WHERE sc.session_id = ? ORDER BY "
                                             "sc.position"),
                              {sessionId});
    while (calls.next()) {
        s.callIds << calls.value(0).toLongLong();
        s.callExternalIds << calls.value(1).toString();
    }
    QSqlQuery people = db.exec(QStringLiteral("SELECT login FROM calibration_participants WHERE "
                                              "session_id = ? ORDER BY position"),
                               {sessionId});
    while (people.next())
        s.participants << people.value(0).toString();
    s.scoresGiven = int(db.scalar(QStringLiteral("SELECT count(*) FROM evaluations WHERE "
                                                 "calibration_session_id = ?"),
                                  {sessionId})
                            .toLongLong());
    return s;
}

QList<qint64> sessionIds(Database& db)
{
    QList<qint64> ids;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT id FROM calibration_sessions ORDER BY created_at DESC, "
                               "id DESC"));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

CalibrationFacts factsFor(Database& db, const CalibrationSession& session, const Actor& actor,
                          std::optional<qint64> callId)
{
    CalibrationFacts facts;
    facts.blind = session.blind;
    facts.closed = session.closed;
    facts.participant = session.participants.contains(actor.login, Qt::CaseInsensitive);
    if (!facts.participant)
        return facts;
    QSet<qint64> scored;
    QSqlQuery q = db.exec(QStringLiteral("SELECT call_id FROM evaluations WHERE "
                                         "calibration_session_id = ? AND reviewer = ?"),
                          {session.id, actor.login});
    while (q.next())
        scored.insert(q.value(0).toLongLong());
    facts.scoredThis = callId && scored.contains(*callId);
    facts.scoredEvery = true;
    for (qint64 call : session.callIds)
        facts.scoredEvery = facts.scoredEvery && scored.contains(call);
    return facts;
}

QList<CalibrationScore> readScores(Database& db, qint64 sessionId, const QString& reviewer,
                                   std::optional<qint64> callId)
{
    QString sql = QStringLiteral("SELECT id, call_id, reviewer, overall_score, status, "
                                 "submitted_at FROM evaluations WHERE calibration_session_id = ?");
    QVariantList binds{sessionId};
    if (!reviewer.isEmpty()) {
        sql += QStringLiteral(" AND reviewer = ?");
        binds << reviewer;
    }
    if (callId) {
        sql += QStringLiteral(" AND call_id = ?");
        binds << *callId;
    }
    sql += QStringLiteral(" ORDER BY id");
    QList<CalibrationScore> scores;
    QSqlQuery q = db.exec(sql, binds);
    while (q.next()) {
        CalibrationScore score;
        score.evaluationId = q.value(0).toLongLong();
        score.callId = q.value(1).toLongLong();
        score.reviewer = q.value(2).toString();
        if (!q.value(3).isNull())
            score.overall = q.value(3).toDouble();
        score.promoted = q.value(4).toString() != QLatin1String("calibration");
        score.submittedAt = q.value(5).toLongLong();
        scores << score;
    }
    q.finish();
    for (CalibrationScore& score : scores) {
        const auto answers = readEvaluationAnswers(db, score.evaluationId);
        if (answers.ok())
            score.answers = answers.value();
    }
    return scores;
}

} // namespace callqa::review::calibrationrows
