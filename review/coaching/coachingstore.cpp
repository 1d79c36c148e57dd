#include "review/coaching/coachingstore.h"

#include "review/audit/auditlog.h"
#include "review/auth/refusal.h"
#include "review/storage/changenotice.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::Coaching", text);
}

constexpr char kSessionColumns[] =
    "s.id, a.external_id, a.name, s.coach, s.held_on, s.notes, s.follow_up_on, "
    "s.acknowledged_at, s.agent_id FROM coaching_sessions s JOIN agents a ON a.id = s.agent_id";

std::optional<qint64> optionalMs(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toLongLong());
}

QList<ActionItem> readItems(Database& db, const QString& where, const QVariantList& binds)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, session_id, title, owner, due_on, done_at, "
                                         "goal_id FROM coaching_action_items WHERE ") +
                              where + QStringLiteral(" ORDER BY due_on, id"),
                          binds);
    QList<ActionItem> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toString(), optionalMs(q.value(4)), optionalMs(q.value(5)),
                    optionalMs(q.value(6))});
    return out;
}

QList<CoachingSession> readSessions(Database& db, const QString& where, const QVariantList& binds)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT ") + QLatin1String(kSessionColumns) +
                              QStringLiteral(" WHERE ") + where +
                              QStringLiteral(" ORDER BY s.held_on DESC, s.id DESC"),
                          binds);
    QList<CoachingSession> out;
    while (q.next())
        out.append({q.value(0).toLongLong(),
                    q.value(1).toString(),
                    q.value(2).toString(),
                    q.value(3).toString(),
                    q.value(4).toLongLong(),
                    q.value(5).toString(),
                    optionalMs(q.value(6)),
                    optionalMs(q.value(7)),
                    {},
                    {}});
    q.finish();
    for (CoachingSession& s : out) {
        QSqlQuery e = db.exec(QStringLiteral("SELECT evaluation_id FROM "
                                             "coaching_session_evaluations WHERE session_id = ? "
                                             "ORDER BY evaluation_id"),
                              {s.id});
        while (e.next())
            s.evaluationIds << e.value(0).toLongLong();
        s.items = readItems(db, QStringLiteral("session_id = ?"), {s.id});
    }
    return out;
}

// The session as this actor may see it: refused as "no such session" to an agent it is not for.
CoachingSession readableSession(Database& db, const Actor& actor, qint64 sessionId)
{
    QString where = QStringLiteral("s.id = ?");
    QVariantList binds{sessionId};
    if (!authorize(actor, Action::RunCoaching)) {
        if (!actor.agentId)
            throw Refusal{authorize(actor, Action::RunCoaching).error()};
        where += QStringLiteral(" AND s.agent_id = ?");
        binds << *actor.agentId;
    }
    const QList<CoachingSession> found = readSessions(db, where, binds);
    if (found.isEmpty())
        throw Refusal{tr("There is no coaching session %1.").arg(sessionId)};
    return found.first();
}

void requireCoach(const Actor& actor)
{
    if (const Status allowed = authorize(actor, Action::RunCoaching); !allowed)
        throw Refusal{allowed.error()};
}

void audit(Database& db, qint64 at, const QString& login, const QString& action, qint64 sessionId,
           QJsonObject detail = {})
{
    appendAudit(db, at,
                {login, action, QStringLiteral("coaching_session"), QString::number(sessionId),
                 std::move(detail)});
    announceChange(db, QStringLiteral("coaching"));
}

} // namespace

CoachingStore::CoachingStore(Workspace& workspace, Actor actor)
    : m_workspace(workspace), m_actor(std::move(actor))
{
}

Result<qint64> CoachingStore::add(const NewCoachingSession& session)
{
    Database& db = m_workspace.db();
    qint64 id = 0;
    const Status status = transactRefusable(db, [&] {
        requireCoach(m_actor);
        const QVariant agent =
            db.scalar(QStringLiteral("SELECT id FROM agents WHERE external_id = ?"),
                      {session.agentExternalId});
        if (!agent.isValid())
            throw Refusal{tr("There is no agent “%1”.").arg(session.agentExternalId)};
        if (session.followUpOn && *session.followUpOn < session.heldOn)
            throw Refusal{tr("The follow-up comes after the session, not before it.")};
        for (const qint64 evaluation : session.evaluationIds) {
            const QVariant of = db.scalar(QStringLiteral("SELECT c.agent_id FROM evaluations e "
                                                         "JOIN calls c ON c.id = e.call_id WHERE "
                                                         "e.id = ?"),
                                          {evaluation});
            if (!of.isValid())
                throw Refusal{tr("There is no evaluation %1.").arg(evaluation)};
            if (of.toLongLong() != agent.toLongLong())
                throw Refusal{tr("Evaluation %1 is of another agent's call.").arg(evaluation)};
        }
        const qint64 now = m_workspace.now();
        QString notes = session.notes.trimmed();
        if (notes.isNull())
            notes = QStringLiteral(""); // the column is NOT NULL; a null QString binds NULL
        id = db.insert(QStringLiteral("INSERT INTO coaching_sessions (agent_id, coach, held_on, "
                                      "notes, follow_up_on, created_at) VALUES (?, ?, ?, ?, ?, ?) "
                                      "RETURNING id"),
                       {agent, m_actor.login, session.heldOn, notes,
                        session.followUpOn ? QVariant(*session.followUpOn) : QVariant(), now});
        QJsonArray evaluations;
        for (const qint64 evaluation : session.evaluationIds) {
            db.exec(QStringLiteral("INSERT INTO coaching_session_evaluations (session_id, "
                                   "evaluation_id) VALUES (?, ?)"),
                    {id, evaluation});
            evaluations.append(evaluation);
        }
        audit(db, now, m_actor.login, QStringLiteral("coaching.add"), id,
              {{QStringLiteral("agent"), session.agentExternalId},
               {QStringLiteral("evaluations"), evaluations}});
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    return id;
}

Result<QList<CoachingSession>> CoachingStore::list(const QString& agentExternalId)
{
    using R = Result<QList<CoachingSession>>;
    Database& db = m_workspace.db();
    try {
        QString where = QStringLiteral("1 = 1");
        QVariantList binds;
        if (!authorize(m_actor, Action::RunCoaching)) {
            if (!m_actor.agentId)
                return R::failure(authorize(m_actor, Action::RunCoaching).error());
            where += QStringLiteral(" AND s.agent_id = ?");
            binds << *m_actor.agentId;
        }
        if (!agentExternalId.isEmpty()) {
            where += QStringLiteral(" AND a.external_id = ?");
            binds << agentExternalId;
        }
        return readSessions(db, where, binds);
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

Result<CoachingSession> CoachingStore::find(qint64 sessionId)
{
    Database& db = m_workspace.db();
    CoachingSession found;
    const Status status =
        transactRefusable(db, [&] { found = readableSession(db, m_actor, sessionId); });
    if (!status)
        return Result<CoachingSession>::failure(status.error());
    return found;
}

Result<qint64> CoachingStore::addItem(qint64 sessionId, const QString& title, const QString& owner,
                                      std::optional<qint64> dueOn)
{
    Database& db = m_workspace.db();
    qint64 id = 0;
    const Status status = transactRefusable(db, [&] {
        requireCoach(m_actor);
        readableSession(db, m_actor, sessionId);
        if (title.trimmed().isEmpty())
            throw Refusal{tr("An action item needs a title.")};
        const QString who = owner.trimmed().isEmpty() ? m_actor.login : owner.trimmed();
        if (db.scalar(QStringLiteral("SELECT count(*) FROM users WHERE login = ?"), {who})
                .toLongLong() == 0)
            throw Refusal{tr("There is no user “%1” to own the action item.").arg(who)};
        id = db.insert(QStringLiteral("INSERT INTO coaching_action_items (session_id, title, "
                                      "owner, due_on) VALUES (?, ?, ?, ?) RETURNING id"),
                       {sessionId, title.trimmed(), who, dueOn ? QVariant(*dueOn) : QVariant()});
        audit(db, m_workspace.now(), m_actor.login, QStringLiteral("coaching.item_add"), sessionId,
              {{QStringLiteral("item"), id}, {QStringLiteral("owner"), who}});
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    return id;
}

Status CoachingStore::markItemDone(qint64 itemId)
{
    Database& db = m_workspace.db();
    return transactRefusable(db, [&] {
        const QList<ActionItem> found = readItems(db, QStringLiteral("id = ?"), {itemId});
        if (found.isEmpty())
            throw Refusal{tr("There is no action item %1.").arg(itemId)};
        const ActionItem& item = found.first();
        // Its owner, or whoever runs coaching, marks it done.
        if (item.owner != m_actor.login)
            requireCoach(m_actor);
        readableSession(db, m_actor, item.sessionId);
        if (item.doneAt)
            throw Refusal{tr("Action item %1 is done already.").arg(itemId)};
        const qint64 now = m_workspace.now();
        db.exec(QStringLiteral("UPDATE coaching_action_items SET done_at = ? WHERE id = ?"),
                {now, itemId});
        audit(db, now, m_actor.login, QStringLiteral("coaching.item_done"), item.sessionId,
              {{QStringLiteral("item"), itemId}});
    });
}

Status CoachingStore::acknowledge(qint64 sessionId)
{
    Database& db = m_workspace.db();
    return transactRefusable(db, [&] {
        const CoachingSession session = readableSession(db, m_actor, sessionId);
        const QVariant agent = db.scalar(
            QStringLiteral("SELECT agent_id FROM coaching_sessions WHERE id = ?"), {sessionId});
        if (!m_actor.agentId || agent.toLongLong() != *m_actor.agentId)
            throw Refusal{tr("Only the agent coached acknowledges the session.")};
        if (session.acknowledgedAt)
            throw Refusal{tr("Coaching session %1 is acknowledged already.").arg(sessionId)};
        const qint64 now = m_workspace.now();
        db.exec(QStringLiteral("UPDATE coaching_sessions SET acknowledged_at = ? WHERE id = ?"),
                {now, sessionId});
        audit(db, now, m_actor.login, QStringLiteral("coaching.acknowledge"), sessionId);
    });
}

Result<CoachingOverdue> CoachingStore::overdue()
{
    using R = Result<CoachingOverdue>;
    if (const Status allowed = authorize(m_actor, Action::RunCoaching); !allowed)
        return R::failure(allowed.error());
    Database& db = m_workspace.db();
    try {
        const qint64 now = m_workspace.now();
        CoachingOverdue out;
        out.items = readItems(db, QStringLiteral("done_at IS NULL AND due_on < ?"), {now});
        // A follow-up is held by a later session with the agent on or after its day.
        out.followUps = readSessions(
            db,
            QStringLiteral("s.follow_up_on < ? AND NOT EXISTS (SELECT 1 FROM coaching_sessions "
                           "n WHERE n.agent_id = s.agent_id AND n.held_on >= s.follow_up_on)"),
            {now});
        return out;
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

} // namespace callqa::review
