// The QueueStore's changes to single items: by hand (add, remove, skip, assign) and a
// reviewer's next item.
#include "review/queues/queuestore.h"

#include "review/audit/auditlog.h"
#include "review/auth/refusal.h"
#include "review/queues/queuerows.h"
#include "review/storage/changenotice.h"
#include "review/storage/workspace.h"

#include <QCoreApplication>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::QueueStore", text);
}

} // namespace

Status QueueStore::addItem(qint64 queueId, qint64 callId, const QString& reason,
                           const QString& assignee)
{
    if (const Status allowed = authorize(m_actor, Action::ManageQueues); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Say why the call is added by hand (--reason)."));
    Database& db = m_workspace.db();
    return transactRefusable(db, [&] {
        if (db.scalar(QStringLiteral("SELECT count(*) FROM calls WHERE id = ?"), {callId})
                .toLongLong() == 0)
            throw Refusal{tr("There is no call with id %1.").arg(callId)};
        if (db.scalar(QStringLiteral("SELECT count(*) FROM review_queue_items WHERE queue_id = ? "
                                     "AND call_id = ?"),
                      {queueId, callId})
                .toLongLong() > 0)
            throw Refusal{tr("The call is in this queue already.")};
        QString login;
        if (!assignee.isEmpty())
            login = reviewerSlots(db, {assignee}).front().login;
        const qint64 position =
            db.scalar(QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM "
                                     "review_queue_items WHERE queue_id = ?"),
                      {queueId})
                .toLongLong();
        const qint64 now = m_workspace.now();
        db.exec(QStringLiteral("INSERT INTO review_queue_items (queue_id, call_id, position, "
                               "origin, assignee, state, reason, updated_by, updated_at) VALUES "
                               "(?, ?, ?, 'manual', ?, 'todo', ?, ?, ?)"),
                {queueId, callId, position,
                 login.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(login),
                 reason.trimmed(), m_actor.login, now});
        appendAudit(db, now,
                    {m_actor.login, QStringLiteral("queue.item_add"), QStringLiteral("queue"),
                     QString::number(queueId),
                     QJsonObject{{QStringLiteral("call"), callId},
                                 {QStringLiteral("reason"), reason.trimmed()}}});
        announceChange(db, QStringLiteral("queues"));
    });
}

Status QueueStore::removeItem(qint64 queueId, qint64 callId, const QString& reason)
{
    if (const Status allowed = authorize(m_actor, Action::ManageQueues); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Say why the item is removed (--reason)."));
    Database& db = m_workspace.db();
    return transactRefusable(db, [&] {
        const QVariant state =
            db.scalar(QStringLiteral("SELECT state FROM review_queue_items WHERE queue_id = ? AND "
                                     "call_id = ?"),
                      {queueId, callId});
        if (!state.isValid())
            throw Refusal{tr("The call is not in this queue.")};
        if (state.toString() == QLatin1String("done") ||
            state.toString() == QLatin1String("removed"))
            throw Refusal{tr("The item is %1 and stays as it is.").arg(state.toString())};
        const qint64 now = m_workspace.now();
        db.exec(QStringLiteral("UPDATE review_queue_items SET state = 'removed', reason = ?, "
                               "updated_by = ?, updated_at = ? WHERE queue_id = ? AND call_id = ?"),
                {reason.trimmed(), m_actor.login, now, queueId, callId});
        appendAudit(db, now,
                    {m_actor.login, QStringLiteral("queue.item_remove"), QStringLiteral("queue"),
                     QString::number(queueId),
                     QJsonObject{{QStringLiteral("call"), callId},
                                 {QStringLiteral("reason"), reason.trimmed()}}});
        announceChange(db, QStringLiteral("queues"));
    });
}

namespace {

struct OpenItem {
    qint64 id = 0;
    QString assignee;
    QString state;
    QString secondReviewer;
};

// The queue's item for the call, inside a transaction; refused when there is none or it is
// finished (done, skipped, removed).
OpenItem openItem(Database& db, qint64 queueId, qint64 callId)
{
    QSqlQuery row = db.exec(QStringLiteral("SELECT id, assignee, state, second_reviewer FROM "
                                           "review_queue_items WHERE queue_id = ? AND call_id = ?"),
                            {queueId, callId});
    if (!row.next())
        throw Refusal{tr("The call is not in this queue.")};
    OpenItem item{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                  row.value(3).toString()};
    row.finish();
    if (item.state != QLatin1String("todo") && item.state != QLatin1String("in_progress"))
        throw Refusal{tr("The item is %1 and stays as it is.").arg(item.state)};
    return item;
}

} // namespace

Status QueueStore::skipItem(qint64 queueId, qint64 callId, const QString& reason)
{
    if (const Status allowed = authorize(m_actor, Action::ScoreCall); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Say why the item is skipped (--reason)."));
    Database& db = m_workspace.db();
    return transactRefusable(db, [&] {
        const OpenItem item = openItem(db, queueId, callId);
        if (item.assignee != m_actor.login && !m_actor.isOwner() &&
            !permits(m_actor.roles, Action::ManageQueues))
            throw Refusal{tr("%1 may skip only their own queue items.").arg(m_actor.login)};
        const qint64 now = m_workspace.now();
        db.exec(QStringLiteral("UPDATE review_queue_items SET state = 'skipped', reason = ?, "
                               "updated_by = ?, updated_at = ? WHERE id = ?"),
                {reason.trimmed(), m_actor.login, now, item.id});
        appendAudit(db, now,
                    {m_actor.login, QStringLiteral("queue.item_skip"), QStringLiteral("queue_item"),
                     QString::number(item.id),
                     QJsonObject{{QStringLiteral("queue"), queueId},
                                 {QStringLiteral("call"), callId},
                                 {QStringLiteral("reason"), reason.trimmed()}}});
        announceChange(db, QStringLiteral("queues"));
    });
}

Status QueueStore::assignItem(qint64 queueId, qint64 callId, const QString& login)
{
    if (const Status allowed = authorize(m_actor, Action::ManageQueues); !allowed)
        return allowed;
    Database& db = m_workspace.db();
    return transactRefusable(db, [&] {
        const OpenItem item = openItem(db, queueId, callId);
        QString to;
        if (!login.isEmpty()) {
            const ReviewerSlot slot = reviewerSlots(db, {login}).front();
            const qint64 agent =
                db.scalar(QStringLiteral("SELECT agent_id FROM calls WHERE id = ?"), {callId})
                    .toLongLong();
            if (!mayReview(slot, agent))
                throw Refusal{tr("%1 may not review this call: it is their own.").arg(slot.login)};
            if (slot.login == item.secondReviewer)
                throw Refusal{tr("%1 scores this call second (double scoring); its first "
                                 "reviewer must be someone else.")
                                  .arg(slot.login)};
            to = slot.login;
        }
        const qint64 now = m_workspace.now();
        db.exec(QStringLiteral("UPDATE review_queue_items SET assignee = ?, state = 'todo', "
                               "updated_by = ?, updated_at = ? WHERE id = ?"),
                {to.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(to),
                 m_actor.login, now, item.id});
        appendAudit(db, now,
                    {m_actor.login, QStringLiteral("queue.item_assign"),
                     QStringLiteral("queue_item"), QString::number(item.id),
                     QJsonObject{{QStringLiteral("queue"), queueId},
                                 {QStringLiteral("call"), callId},
                                 {QStringLiteral("from"), item.assignee},
                                 {QStringLiteral("to"), to}}});
        announceChange(db, QStringLiteral("queues"));
    });
}

Result<std::optional<QueueItem>> QueueStore::next()
{
    using R = Result<std::optional<QueueItem>>;
    if (const Status allowed = authorize(m_actor, Action::ScoreCall); !allowed)
        return R::failure(allowed.error());
    Database& db = m_workspace.db();
    std::optional<qint64> chosen;
    const QString mine = QStringLiteral(
        "SELECT i.id FROM review_queue_items i JOIN review_queues q ON q.id = i.queue_id WHERE "
        "q.state = 'open' AND ");
    const Status claimed = transactRefusable(
        db,
        [&] {
            chosen.reset();
            // One's own side of an item first: the first reviewer's, or the second's of a
            // double-scored one.
            for (const char* state : {"in_progress", "todo"}) {
                const QVariant id =
                    db.scalar(mine + QStringLiteral(
                                         "((i.assignee = ? AND i.state = '%1') OR "
                                         "(i.second_reviewer = ? AND i.second_state = '%1' AND "
                                         "i.state <> 'removed')) ORDER BY q.id, i.position LIMIT 1")
                                         .arg(QLatin1String(state)),
                              {m_actor.login, m_actor.login});
                if (id.isValid()) {
                    chosen = id.toLongLong();
                    return;
                }
            }
            // Nothing of one's own: take an unassigned item. The row lock (SKIP LOCKED on
            // PostgreSQL, the single writer on SQLite) keeps two reviewers off the same item.
            const QVariant id = db.scalar(
                mine +
                    QStringLiteral("i.assignee IS NULL AND i.state = 'todo' AND (SELECT u.agent_id "
                                   "FROM users u WHERE u.login = ?) IS DISTINCT FROM (SELECT "
                                   "c.agent_id FROM calls c WHERE c.id = i.call_id) ORDER BY q.id, "
                                   "i.position LIMIT 1") +
                    skipLocked(db.backend()),
                {m_actor.login});
            if (!id.isValid())
                return;
            const qint64 now = m_workspace.now();
            const QSqlQuery taken = db.exec(
                QStringLiteral("UPDATE review_queue_items SET assignee = ?, updated_by = ?, "
                               "updated_at = ? WHERE id = ? AND assignee IS NULL"),
                {m_actor.login, m_actor.login, now, id});
            // The lock makes this impossible; if it ever happens, say so rather than hand out
            // an item that is someone else's.
            if (taken.numRowsAffected() != 1)
                throw Refusal{tr("Another reviewer took that item at the same moment; ask for "
                                 "the next one again.")};
            appendAudit(db, now,
                        {m_actor.login, QStringLiteral("queue.item_take"),
                         QStringLiteral("queue_item"), id.toString(),
                         QJsonObject{{QStringLiteral("queue"),
                                      db.scalar(QStringLiteral("SELECT queue_id FROM "
                                                               "review_queue_items WHERE id = ?"),
                                                {id})
                                          .toLongLong()}}});
            chosen = id.toLongLong();
        },
        {.isolation = Isolation::RowLocks});
    if (!claimed)
        return R::failure(claimed.error());
    if (!chosen)
        return std::optional<QueueItem>();
    try {
        const qint64 queueId =
            db.scalar(QStringLiteral("SELECT queue_id FROM review_queue_items WHERE id = ?"),
                      {*chosen})
                .toLongLong();
        const auto all = items(queueId);
        if (!all)
            return R::failure(all.error());
        for (const QueueItem& item : all.value()) {
            if (item.id == *chosen)
                return std::optional(item);
        }
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
    return std::optional<QueueItem>();
}

} // namespace callqa::review
