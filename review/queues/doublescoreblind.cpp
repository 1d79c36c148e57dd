#include "review/queues/doublescoreblind.h"

#include "review/storage/database.h"

namespace callqa::review {

namespace {

bool pending(const QVariant& state)
{
    return state.toString() == QLatin1String("todo") ||
           state.toString() == QLatin1String("in_progress");
}

const QString kOpenDoubleScored =
    QStringLiteral("FROM review_queue_items i JOIN review_queues q ON q.id = i.queue_id WHERE "
                   "q.state = 'open' AND i.second_reviewer IS NOT NULL AND i.state <> 'removed'");

} // namespace

bool hiddenByDoubleScoring(const QList<DoubleScoreSides>& items, const QString& viewer,
                           qint64 callId, const QString& author)
{
    if (author == viewer)
        return false;
    for (const DoubleScoreSides& item : items) {
        if (item.callId != callId)
            continue;
        if ((item.first == viewer && item.firstPending) ||
            (item.second == viewer && item.secondPending))
            return true;
    }
    return false;
}

QList<qint64> callsWithScoresHidden(const QList<DoubleScoreSides>& items, const QString& viewer)
{
    QList<qint64> calls;
    for (const DoubleScoreSides& item : items)
        if (((item.first == viewer && item.firstPending) ||
             (item.second == viewer && item.secondPending)) &&
            !calls.contains(item.callId))
            calls << item.callId;
    return calls;
}

QList<DoubleScoreSides> doubleScoresOf(Database& db, const QString& viewer)
{
    QSqlQuery rows = db.exec(QStringLiteral("SELECT i.call_id, i.assignee, i.state, "
                                            "i.second_reviewer, i.second_state ") +
                                 kOpenDoubleScored +
                                 QStringLiteral(" AND (i.assignee = ? OR i.second_reviewer = ?)"),
                             {viewer, viewer});
    QList<DoubleScoreSides> items;
    while (rows.next())
        items << DoubleScoreSides{rows.value(0).toLongLong(), rows.value(1).toString(),
                                  pending(rows.value(2)), rows.value(3).toString(),
                                  pending(rows.value(4))};
    return items;
}

bool isPendingSecondScorer(Database& db, qint64 callId, qint64 checklistId, const QString& login)
{
    return db.scalar(QStringLiteral("SELECT count(*) ") + kOpenDoubleScored +
                         QStringLiteral(" AND q.checklist_id = ? AND i.call_id = ? AND "
                                        "i.second_reviewer = ? AND i.second_state IN ('todo', "
                                        "'in_progress')"),
                     {checklistId, callId, login})
               .toLongLong() > 0;
}

bool hasPendingDoubleScore(Database& db, qint64 callId)
{
    return db.scalar(QStringLiteral("SELECT count(*) ") + kOpenDoubleScored +
                         QStringLiteral(" AND i.call_id = ? AND (i.state IN ('todo', "
                                        "'in_progress') OR i.second_state IN ('todo', "
                                        "'in_progress'))"),
                     {callId})
               .toLongLong() > 0;
}

} // namespace callqa::review
