#include "review/queues/frame.h"

#include "review/storage/database.h"
#include "review/textfold.h"

#include <QCryptographicHash>

#include <algorithm>

namespace callqa::review {

namespace {

// "x IN (?, ?, ?)" with the values appended to `binds`.
QString inList(const QString& column, const QStringList& values, QVariantList& binds)
{
    QStringList marks;
    for (const QString& value : values) {
        marks << QStringLiteral("?");
        binds << value;
    }
    return column + QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace

std::vector<FrameCall> readFrame(Database& db, const Population& p)
{
    QStringList where = {QStringLiteral("c.started_at >= ?"), QStringLiteral("c.started_at < ?")};
    QVariantList binds = {p.fromMs, p.toMs};
    if (!p.teams.isEmpty()) {
        QStringList folded;
        for (const QString& team : p.teams)
            folded << foldForSearch(team);
        where << inList(QStringLiteral("t.name_folded"), folded, binds);
    }
    if (!p.agents.isEmpty())
        where << inList(QStringLiteral("a.external_id"), p.agents, binds);
    if (!p.queues.isEmpty())
        where << inList(QStringLiteral("c.queue"), p.queues, binds);
    if (!p.direction.isEmpty()) {
        where << QStringLiteral("c.direction = ?");
        binds << p.direction;
    }
    if (p.minDurationMs) {
        where << QStringLiteral("c.duration_ms >= ?");
        binds << *p.minDurationMs;
    }
    if (p.maxDurationMs) {
        where << QStringLiteral("c.duration_ms <= ?");
        binds << *p.maxDurationMs;
    }
    if (p.unreviewedOnly)
        where << QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.call_id = c.id AND "
            "e.status <> 'calibration')");
    if (p.notQueuedElsewhere)
        where << QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM review_queue_items i JOIN review_queues q ON q.id = "
            "i.queue_id WHERE i.call_id = c.id AND q.state = 'open' AND i.state <> 'removed')");
    if (p.recordingPresent)
        where << QStringLiteral("c.missing = FALSE");
    QSqlQuery query = db.exec(
        QStringLiteral("SELECT c.id, c.agent_id, c.queue, c.duration_ms, c.started_at FROM calls c "
                       "LEFT JOIN teams t ON t.id = c.team_id LEFT JOIN agents a ON a.id = "
                       "c.agent_id WHERE ") +
            where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY c.id"),
        binds);
    std::vector<FrameCall> frame;
    while (query.next())
        frame.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(),
                         query.value(2).toString(), query.value(3).toLongLong(),
                         query.value(4).toLongLong()});
    return frame;
}

QString frameDigest(std::vector<FrameCall> frame)
{
    std::sort(frame.begin(), frame.end(),
              [](const FrameCall& a, const FrameCall& b) { return a.id < b.id; });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const FrameCall& call : frame) {
        const QStringList fields = {QString::number(call.id), QString::number(call.agentId),
                                    call.queue, QString::number(call.durationMs),
                                    QString::number(call.startedAtMs)};
        hash.addData((fields.join(QLatin1Char('\t')) + QLatin1Char('\n')).toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace callqa::review
