#include "review/queues/queuestore.h"

#include "review/audit/auditlog.h"
#include "review/auth/refusal.h"
#include "review/checklists/checkliststore.h"
#include "review/queues/doublescoring.h"
#include "review/queues/frame.h"
#include "review/queues/queuerows.h"
#include "review/storage/changenotice.h"
#include "review/storage/workspace.h"
#include "review/textfold.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::QueueStore", text);
}

const QString kSummarySelect = QStringLiteral(
    "SELECT q.id, q.name, c.checklist_key, v.version, q.checklist_version_id, q.state, "
    "q.created_by, "
    "q.created_at, q.frame_size, q.frame_sha256, q.population_json, q.rule_json, "
    "(SELECT count(*) FROM review_queue_items i WHERE i.queue_id = q.id AND i.state = 'todo'), "
    "(SELECT count(*) FROM review_queue_items i WHERE i.queue_id = q.id AND i.state = "
    "'in_progress'), "
    "(SELECT count(*) FROM review_queue_items i WHERE i.queue_id = q.id AND i.state = 'done'), "
    "(SELECT count(*) FROM review_queue_items i WHERE i.queue_id = q.id AND i.state = "
    "'skipped'), "
    "(SELECT count(*) FROM review_queue_items i WHERE i.queue_id = q.id AND i.state = "
    "'removed'), "
    "(SELECT count(*) FROM review_queue_items i WHERE i.queue_id = q.id AND i.second_reviewer IS "
    "NOT NULL), "
    "(SELECT count(*) FROM review_queue_items i WHERE i.queue_id = q.id AND i.second_state = "
    "'done') "
    "FROM review_queues q JOIN checklists c ON c.id = q.checklist_id "
    "JOIN checklist_versions v ON v.id = q.checklist_version_id");

QueueSummary readSummary(const QSqlQuery& row)
{
    QueueSummary s;
    s.id = row.value(0).toLongLong();
    s.name = row.value(1).toString();
    s.checklistKey = row.value(2).toString();
    s.checklistVersion = row.value(3).toInt();
    s.checklistVersionId = row.value(4).toLongLong();
    s.state = row.value(5).toString();
    s.createdBy = row.value(6).toString();
    s.createdAt = row.value(7).toLongLong();
    s.frameSize = row.value(8).toLongLong();
    s.frameSha256 = row.value(9).toString();
    // Stored by create() from valid values; a damaged row reads as defaults, and verify says so.
    if (const auto population = populationFromJson(jsonObject(row.value(10).toString())))
        s.population = population.value();
    if (const auto rule = samplingRuleFromJson(jsonObject(row.value(11).toString())))
        s.rule = rule.value();
    s.counts = {row.value(12).toLongLong(), row.value(13).toLongLong(), row.value(14).toLongLong(),
                row.value(15).toLongLong(), row.value(16).toLongLong(), row.value(17).toLongLong(),
                row.value(18).toLongLong()};
    return s;
}

// Supervisors and coaches see every item of a queue; a reviewer sees the items that are theirs.
bool seesEveryItem(const Actor& actor)
{
    return actor.isOwner() || permits(actor.roles, Action::ManageQueues) ||
           permits(actor.roles, Action::ReadAllEvaluations);
}

} // namespace

QueueStore::QueueStore(Workspace& workspace, Actor actor)
    : m_workspace(workspace), m_actor(std::move(actor))
{
}

Result<qint64> QueueStore::create(const QueueRequest& request)
{
    using R = Result<qint64>;
    if (const Status allowed = authorize(m_actor, Action::ManageQueues); !allowed)
        return R::failure(allowed.error());
    const QString name = request.name.trimmed();
    if (name.isEmpty())
        return R::failure(tr("A queue needs a name."));
    if (request.rule.quota < 1)
        return R::failure(tr("A queue needs a quota of at least one call."));
    if (request.population.toMs <= request.population.fromMs)
        return R::failure(tr("The queue's period must end after it starts."));
    if (request.rule.doubleScorePercent < 0 || request.rule.doubleScorePercent > 100)
        return R::failure(tr("The double-scoring share is a percentage from 0 to 100."));
    if (request.rule.doubleScorePercent > 0 && request.reviewers.size() < 2)
        return R::failure(tr("Double scoring gives items to a second reviewer: name at least two "
                             "reviewers to assign the queue to."));
    const auto version = ChecklistStore(m_workspace, m_actor)
                             .version(request.checklistKey, request.checklistVersion);
    if (!version)
        return R::failure(version.error());
    Database& db = m_workspace.db();
    qint64 queueId = 0;
    const Status stored = transactRefusable(
        db,
        [&] {
            const QVariant existing = db.scalar(
                QStringLiteral("SELECT created_by FROM review_queues WHERE name_folded = ?"),
                {foldForSearch(name)});
            if (existing.isValid())
                throw Refusal{tr("A queue named “%1” exists already (drawn by %2).")
                                  .arg(name, existing.toString())};
            if (db.scalar(QStringLiteral(
                              "SELECT c.archived FROM checklists c WHERE c.checklist_key = ?"),
                          {version->key})
                    .toBool())
                throw Refusal{
                    tr("Checklist “%1” is archived and takes no new reviews.").arg(version->key)};
            std::vector<ReviewerSlot> slots = reviewerSlots(db, request.reviewers);
            const std::vector<FrameCall> frame = readFrame(db, request.population);
            const Draw draw = drawSample(frame, request.rule);
            const qint64 now = m_workspace.now();
            queueId = db.insert(
                QStringLiteral(
                    "INSERT INTO review_queues (name, name_folded, checklist_id, "
                    "checklist_version_id, population_json, rule_json, frame_size, frame_sha256, "
                    "state, created_by, created_at) SELECT ?, ?, v.checklist_id, v.id, ?, ?, ?, "
                    "?, 'open', ?, ? FROM checklist_versions v WHERE v.id = ? RETURNING id"),
                {name, foldForSearch(name), jsonText(populationToJson(request.population)),
                 jsonText(samplingRuleToJson(request.rule)), qint64(frame.size()),
                 frameDigest(frame), m_actor.login, now, version->id});
            QVariantList frameRows;
            std::map<qint64, qint64> agentOf;
            for (const FrameCall& call : frame) {
                frameRows << queueId << call.id << nullable(call.agentId)
                          << (call.queue.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                   : QVariant(call.queue))
                          << call.durationMs << nullable(call.startedAtMs);
                agentOf[call.id] = call.agentId;
            }
            insertRows(db,
                       QStringLiteral("INSERT INTO review_queue_frame (queue_id, call_id, "
                                      "agent_id, queue, duration_ms, started_at) VALUES "),
                       6, frameRows);
            std::vector<qint64> itemAgents;
            for (const DrawnCall& call : draw.calls)
                itemAgents.push_back(agentOf[call.callId]);
            const std::vector<QString> assignees =
                assignItems(itemAgents, slots, request.assignMode);
            const std::vector<size_t> doubled = doubleScoredPositions(
                qint64(draw.calls.size()), request.rule.doubleScorePercent, request.rule.seed);
            const std::vector<QString> seconds =
                assignSecondReviewers(itemAgents, assignees, doubled, slots);
            const auto orNull = [](const QString& login) {
                return login.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(login);
            };
            qint64 doubleScored = 0;
            QVariantList itemRows;
            for (size_t i = 0; i < draw.calls.size(); ++i) {
                const DrawnCall& call = draw.calls[i];
                itemRows << queueId << call.callId << qint64(i + 1) << QStringLiteral("draw")
                         << call.group << call.stratum << orNull(assignees[i])
                         << QStringLiteral("todo") << m_actor.login << now << orNull(seconds[i])
                         << (seconds[i].isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                  : QVariant(QStringLiteral("todo")));
                doubleScored += seconds[i].isEmpty() ? 0 : 1;
            }
            insertRows(db,
                       QStringLiteral("INSERT INTO review_queue_items (queue_id, call_id, "
                                      "position, origin, stratum_group, stratum, assignee, state, "
                                      "updated_by, updated_at, second_reviewer, second_state) "
                                      "VALUES "),
                       12, itemRows);
            appendAudit(db, now,
                        {m_actor.login, QStringLiteral("queue.create"), QStringLiteral("queue"),
                         QString::number(queueId),
                         QJsonObject{{QStringLiteral("name"), name},
                                     {QStringLiteral("checklist"), version->key},
                                     {QStringLiteral("version"), version->version},
                                     {QStringLiteral("frame_size"), qint64(frame.size())},
                                     {QStringLiteral("drawn"), qint64(draw.calls.size())},
                                     {QStringLiteral("double_scored"), doubleScored},
                                     {QStringLiteral("rule"), samplingRuleToJson(request.rule)},
                                     {QStringLiteral("reviewers"),
                                      QJsonArray::fromStringList(request.reviewers)}}});
            announceChange(db, QStringLiteral("queues"));
        },
        {.retryUniqueViolation = true});
    if (!stored)
        return R::failure(stored.error());
    return queueId;
}

Result<QList<QueueSummary>> QueueStore::list()
{
    using R = Result<QList<QueueSummary>>;
    if (const Status allowed = authorize(m_actor, Action::ReadQueues); !allowed)
        return R::failure(allowed.error());
    try {
        QSqlQuery rows = m_workspace.db().exec(kSummarySelect + QStringLiteral(" ORDER BY q.id"));
        QList<QueueSummary> list;
        while (rows.next())
            list << readSummary(rows);
        return list;
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

Result<QueueSummary> QueueStore::find(const QString& reference)
{
    using R = Result<QueueSummary>;
    const auto all = list();
    if (!all)
        return R::failure(all.error());
    const bool byId = reference.startsWith(QLatin1Char('#'));
    for (const QueueSummary& queue : all.value()) {
        if (byId ? QString::number(queue.id) == reference.mid(1)
                 : foldForSearch(queue.name) == foldForSearch(reference))
            return queue;
    }
    return R::failure(tr("There is no review queue “%1”.").arg(reference));
}

Result<QList<QueueItem>> QueueStore::items(qint64 queueId)
{
    using R = Result<QList<QueueItem>>;
    if (const Status allowed = authorize(m_actor, Action::ReadQueues); !allowed)
        return R::failure(allowed.error());
    const bool all = seesEveryItem(m_actor);
    try {
        QSqlQuery rows = m_workspace.db().exec(
            QStringLiteral("SELECT i.id, i.call_id, c.external_id, i.position, i.origin, "
                           "i.stratum_group, i.stratum, i.assignee, i.state, i.reason, "
                           "i.second_reviewer, i.second_state FROM "
                           "review_queue_items i JOIN calls c ON c.id = i.call_id WHERE "
                           "i.queue_id = ? ORDER BY i.position"),
            {queueId});
        QList<QueueItem> items;
        while (rows.next()) {
            if (!all && rows.value(7).toString() != m_actor.login &&
                rows.value(10).toString() != m_actor.login)
                continue;
            items << QueueItem{
                rows.value(0).toLongLong(), rows.value(1).toLongLong(), rows.value(2).toString(),
                rows.value(3).toLongLong(), rows.value(4).toString(),   rows.value(5).toString(),
                rows.value(6).toString(),   rows.value(7).toString(),   rows.value(8).toString(),
                rows.value(9).toString(),   rows.value(10).toString(),  rows.value(11).toString()};
        }
        return items;
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

Result<std::vector<FrameCall>> QueueStore::storedFrame(qint64 queueId)
{
    using R = Result<std::vector<FrameCall>>;
    try {
        QSqlQuery rows = m_workspace.db().exec(
            QStringLiteral("SELECT call_id, agent_id, queue, duration_ms, started_at FROM "
                           "review_queue_frame WHERE queue_id = ? ORDER BY call_id"),
            {queueId});
        std::vector<FrameCall> frame;
        while (rows.next())
            frame.push_back({rows.value(0).toLongLong(), rows.value(1).toLongLong(),
                             rows.value(2).toString(), rows.value(3).toLongLong(),
                             rows.value(4).toLongLong()});
        return frame;
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

Result<QList<AuditRecord>> QueueStore::history(qint64 queueId)
{
    using R = Result<QList<AuditRecord>>;
    if (const Status allowed = authorize(m_actor, Action::ReadQueues); !allowed)
        return R::failure(allowed.error());
    if (!seesEveryItem(m_actor))
        return R::failure(tr("%1 sees only their own items of a queue, not its whole history.")
                              .arg(m_actor.login));
    try {
        QSqlQuery rows = m_workspace.db().exec(
            QStringLiteral("SELECT id, at_ms, actor, action, entity, entity_id, detail FROM "
                           "audit_log WHERE (entity = 'queue' AND entity_id = ?) OR (entity = "
                           "'queue_item' AND entity_id IN (SELECT CAST(id AS TEXT) FROM "
                           "review_queue_items WHERE queue_id = ?)) ORDER BY id"),
            {QString::number(queueId), queueId});
        QList<AuditRecord> records;
        while (rows.next())
            records << AuditRecord{rows.value(0).toLongLong(),
                                   rows.value(1).toLongLong(),
                                   rows.value(2).toString(),
                                   rows.value(3).toString(),
                                   rows.value(4).toString(),
                                   rows.value(5).toString(),
                                   jsonObject(rows.value(6).toString())};
        return records;
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
}

Result<Draw> QueueStore::redraw(const QueueSummary& queue)
{
    const auto frame = storedFrame(queue.id);
    if (!frame)
        return Result<Draw>::failure(frame.error());
    return drawSample(frame.value(), queue.rule);
}

Result<QueueVerification> QueueStore::verify(const QueueSummary& queue)
{
    using R = Result<QueueVerification>;
    const auto frame = storedFrame(queue.id);
    if (!frame)
        return R::failure(frame.error());
    const auto queued = items(queue.id);
    if (!queued)
        return R::failure(queued.error());
    QSet<qint64> added;
    QSet<qint64> removed;
    try {
        QSqlQuery audit = m_workspace.db().exec(
            QStringLiteral("SELECT action, detail FROM audit_log WHERE entity = 'queue' AND "
                           "entity_id = ? AND action IN ('queue.item_add', 'queue.item_remove')"),
            {QString::number(queue.id)});
        while (audit.next()) {
            const qint64 callId =
                jsonObject(audit.value(1).toString()).value(QStringLiteral("call")).toInteger();
            (audit.value(0).toString() == QLatin1String("queue.item_add") ? added : removed)
                .insert(callId);
        }
    } catch (const DbError& error) {
        return R::failure(error.message());
    }
    return compareWithRedraw(drawSample(frame.value(), queue.rule), queued.value(), added, removed,
                             frameDigest(frame.value()) == queue.frameSha256);
}

} // namespace callqa::review
