#include "review/queues/queueprogress.h"

#include "review/audit/auditlog.h"
#include "review/storage/changenotice.h"
#include "review/storage/database.h"

#include <QJsonObject>

namespace callqa::review {

namespace {

struct ItemRef {
    qint64 item;
    qint64 queue;
};

QList<ItemRef> itemRefs(QSqlQuery query)
{
    QList<ItemRef> list;
    while (query.next())
        list << ItemRef{query.value(0).toLongLong(), query.value(1).toLongLong()};
    return list;
}

} // namespace

void markQueueItemsStarted(Database& db, qint64 callId, qint64 checklistId, const QString& login,
                           qint64 nowMs)
{
    const QList<ItemRef> items = itemRefs(db.exec(
        QStringLiteral(
            "SELECT i.id, i.queue_id FROM review_queue_items i JOIN review_queues q ON q.id = "
            "i.queue_id WHERE q.state = 'open' AND q.checklist_id = ? AND i.call_id = ? "
            "AND i.state = 'todo' AND (i.assignee IS NULL OR i.assignee = ?)"),
        {checklistId, callId, login}));
    for (const ItemRef& ref : items) {
        db.exec(QStringLiteral("UPDATE review_queue_items SET state = 'in_progress', assignee = ?, "
                               "updated_by = ?, updated_at = ? WHERE id = ?"),
                {login, login, nowMs, ref.item});
        appendAudit(
            db, nowMs,
            {login, QStringLiteral("queue.item_start"), QStringLiteral("queue_item"),
             QString::number(ref.item),
             QJsonObject{{QStringLiteral("queue"), ref.queue}, {QStringLiteral("call"), callId}}});
    }
    const QList<ItemRef> seconds = itemRefs(db.exec(
        QStringLiteral("SELECT i.id, i.queue_id FROM review_queue_items i JOIN review_queues q ON "
                       "q.id = i.queue_id WHERE q.state = 'open' AND q.checklist_id = ? AND "
                       "i.call_id = ? AND i.second_reviewer = ? AND i.second_state = 'todo'"),
        {checklistId, callId, login}));
    for (const ItemRef& ref : seconds) {
        db.exec(QStringLiteral("UPDATE review_queue_items SET second_state = 'in_progress', "
                               "updated_by = ?, updated_at = ? WHERE id = ?"),
                {login, nowMs, ref.item});
        appendAudit(
            db, nowMs,
            {login, QStringLiteral("queue.item_second_start"), QStringLiteral("queue_item"),
             QString::number(ref.item),
             QJsonObject{{QStringLiteral("queue"), ref.queue}, {QStringLiteral("call"), callId}}});
    }
    if (!items.isEmpty() || !seconds.isEmpty())
        announceChange(db, QStringLiteral("queues"));
}

void markQueueItemsDone(Database& db, qint64 callId, qint64 checklistVersionId, qint64 evaluationId,
                        const QString& login, qint64 nowMs)
{
    const QList<ItemRef> items = itemRefs(db.exec(
        QStringLiteral(
            "SELECT i.id, i.queue_id FROM review_queue_items i JOIN review_queues q ON q.id = "
            "i.queue_id JOIN checklist_versions v ON v.checklist_id = q.checklist_id "
            "WHERE q.state = 'open' AND v.id = ? AND i.call_id = ? AND i.state IN "
            "('todo', 'in_progress')"),
        {checklistVersionId, callId}));
    for (const ItemRef& ref : items) {
        db.exec(QStringLiteral("UPDATE review_queue_items SET state = 'done', updated_by = ?, "
                               "updated_at = ? WHERE id = ?"),
                {login, nowMs, ref.item});
        appendAudit(db, nowMs,
                    {login, QStringLiteral("queue.item_done"), QStringLiteral("queue_item"),
                     QString::number(ref.item),
                     QJsonObject{{QStringLiteral("queue"), ref.queue},
                                 {QStringLiteral("call"), callId},
                                 {QStringLiteral("evaluation"), evaluationId}}});
    }
    if (!items.isEmpty())
        announceChange(db, QStringLiteral("queues"));
}

void markSecondScoresDone(Database& db, qint64 callId, qint64 checklistVersionId,
                          qint64 evaluationId, const QString& login, qint64 nowMs)
{
    const QList<ItemRef> items = itemRefs(db.exec(
        QStringLiteral(
            "SELECT i.id, i.queue_id FROM review_queue_items i JOIN review_queues q ON q.id = "
            "i.queue_id JOIN checklist_versions v ON v.checklist_id = q.checklist_id "
            "WHERE q.state = 'open' AND v.id = ? AND i.call_id = ? AND i.second_reviewer = ? "
            "AND i.second_state IN ('todo', 'in_progress')"),
        {checklistVersionId, callId, login}));
    for (const ItemRef& ref : items) {
        db.exec(QStringLiteral("UPDATE review_queue_items SET second_state = 'done', updated_by = "
                               "?, updated_at = ? WHERE id = ?"),
                {login, nowMs, ref.item});
        appendAudit(db, nowMs,
                    {login, QStringLiteral("queue.item_second_done"), QStringLiteral("queue_item"),
                     QString::number(ref.item),
                     QJsonObject{{QStringLiteral("queue"), ref.queue},
                                 {QStringLiteral("call"), callId},
                                 {QStringLiteral("evaluation"), evaluationId}}});
    }
    if (!items.isEmpty())
        announceChange(db, QStringLiteral("queues"));
}

} // namespace callqa::review
