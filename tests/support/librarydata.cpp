#include "tests/support/librarydata.h"

#include "review/agents/directory.h"
#include "review/calls/callsearchtext.h"
#include "review/storage/database.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>

#include <random>

namespace callqa::testing {

namespace {

constexpr qint64 kDay = 86'400'000;
constexpr qint64 kStart = 1'700'000'000'000;

struct CallSpec {
    QString id;
    qint64 agent = 0;
    qint64 team = 0;
    QVariant startedAt;
    QString direction;
    QString queue;
    qint64 durationMs = 0;
    bool missing = false;
    QString metadata = QStringLiteral("{}");
};

qint64 insertCall(review::Database& db, const CallSpec& spec)
{
    const auto orNull = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    const auto idOrNull = [](qint64 id) { return id == 0 ? QVariant() : QVariant(id); };
    return db.insert(
        QStringLiteral("INSERT INTO calls (external_id, content_sha256, relative_path, file_size, "
                       "format, codec, sample_rate, channels, duration_ms, agent_id, team_id, "
                       "started_at, direction, queue, metadata, missing, imported_at, "
                       "search_folded) VALUES (?, ?, ?, 1, 'wav', 'pcm_s16le', 8000, 2, ?, ?, ?, "
                       "?, ?, ?, ?, ?, 1, ?) RETURNING id"),
        {spec.id,
         QString::fromLatin1(
             QCryptographicHash::hash(spec.id.toUtf8(), QCryptographicHash::Sha256).toHex()),
         QString(spec.id + QStringLiteral(".wav")), spec.durationMs, idOrNull(spec.agent),
         idOrNull(spec.team), spec.startedAt, orNull(spec.direction), orNull(spec.queue),
         spec.metadata, spec.missing, review::callSearchText(spec.id, spec.queue, spec.metadata)});
}

void analyse(review::Database& db, qint64 callId, qint64 deadAirMs, double agentShare)
{
    db.exec(QStringLiteral("INSERT INTO call_analysis (call_id, duration_ms, agent_share, "
                           "dead_air_ms, dead_air_count, overtalk_ms, overtalk_count, detail, "
                           "analyzed_at) VALUES (?, 1, ?, ?, 1, 0, 0, '{}', 1)"),
            {callId, agentShare, deadAirMs});
}

void evaluate(review::Database& db, qint64 callId, qint64 versionId, double score, bool passed,
              bool critical)
{
    // A draft-era evaluation that was replaced, then the latest submitted one.
    for (const double s : {10.0, score})
        db.exec(QStringLiteral("INSERT INTO evaluations (call_id, checklist_version_id, reviewer, "
                               "status, overall_score, passed, critical_fail, created_at) VALUES "
                               "(?, ?, 'owner', 'submitted', ?, ?, ?, 1)"),
                {callId, versionId, s, s == score ? passed : !passed, s == score && critical});
}

} // namespace

LibraryData seedLibrary(review::Workspace& workspace)
{
    const review::ChecklistVersion version = publishDefaultChecklist(workspace);
    LibraryData data;
    review::Database& db = workspace.db();
    const review::Status status = db.transact([&] {
        review::Directory directory(db);
        data.supportTeam = directory.ensureTeam(QStringLiteral("Support"), 1);
        data.salesTeam = directory.ensureTeam(QStringLiteral("Sales"), 1);
        data.ilker =
            directory.ensureAgent(QStringLiteral("a-1"), QStringLiteral("İlker Yıldız"), 1);
        const qint64 jurgen =
            directory.ensureAgent(QStringLiteral("a-2"), QStringLiteral("Jürgen Straße"), 1);
        const qint64 piotr =
            directory.ensureAgent(QStringLiteral("a-3"), QStringLiteral("Пётр Иванов"), 1);
        const qint64 maryam =
            directory.ensureAgent(QStringLiteral("a-4"), QStringLiteral("مریم رضایی"), 1);
        const QList<CallSpec> specs = {
            {QStringLiteral("C-1"), data.ilker, data.supportTeam, kStart + 1 * kDay,
             QStringLiteral("inbound"), QStringLiteral("Billing"), 61'000},
            {QStringLiteral("C-2"), jurgen, data.supportTeam, kStart + 2 * kDay,
             QStringLiteral("outbound"), QStringLiteral("Sales"), 300'000, true,
             QStringLiteral("{\"city\":\"Köln\"}")},
            {QStringLiteral("C-3"), piotr, data.salesTeam, kStart + 3 * kDay,
             QStringLiteral("inbound"), QStringLiteral("Billing"), 30'000},
            {QStringLiteral("C-4"), maryam, data.salesTeam, kStart + 4 * kDay, {}, {}, 120'000},
            {QStringLiteral("C-5"), 0, 0, QVariant(), {}, {}, 10'000},
        };
        for (const CallSpec& spec : specs)
            data.callIds.insert(spec.id, insertCall(db, spec));
        analyse(db, data.callIds[QStringLiteral("C-1")], 9'000, 0.55);
        analyse(db, data.callIds[QStringLiteral("C-4")], 2'000, 0.40);
        evaluate(db, data.callIds[QStringLiteral("C-1")], version.id, 92.0, true, false);
        evaluate(db, data.callIds[QStringLiteral("C-2")], version.id, 40.0, false, false);
        evaluate(db, data.callIds[QStringLiteral("C-3")], version.id, 0.0, false, true);
        const qint64 queue = db.insert(
            QStringLiteral("INSERT INTO review_queues (name, name_folded, checklist_id, "
                           "checklist_version_id, population_json, rule_json, frame_size, "
                           "frame_sha256, state, created_by, created_at) SELECT 'Week 1', "
                           "'week 1', checklist_id, id, '{}', '{}', 1, '', 'open', 'owner', 1 "
                           "FROM checklist_versions WHERE id = ? RETURNING id"),
            {version.id});
        db.exec(QStringLiteral("INSERT INTO review_queue_items (queue_id, call_id, position, "
                               "origin, assignee, state, updated_by, updated_at) VALUES (?, ?, 1, "
                               "'draw', 'rita', 'todo', 'owner', 1)"),
                {queue, data.callIds[QStringLiteral("C-3")]});
    });
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
    return data;
}

void addVariedCalls(review::Workspace& workspace, const LibraryData& data, int count)
{
    review::Database& db = workspace.db();
    const qint64 versionId =
        db.scalar(QStringLiteral("SELECT max(id) FROM checklist_versions")).toLongLong();
    std::mt19937 random{7};
    const auto pick = [&](int n) { return int(random() % quint32(n)); };
    const QStringList queues = {QStringLiteral("Billing"), QStringLiteral("Sales"),
                                QStringLiteral("Retention"), QStringLiteral("Доставка"),
                                QStringLiteral("İade")};
    const review::Status status = db.transact([&] {
        const QList<qint64> agents = [&] {
            QList<qint64> ids;
            QSqlQuery q = db.exec(QStringLiteral("SELECT id FROM agents ORDER BY id"));
            while (q.next())
                ids << q.value(0).toLongLong();
            return ids;
        }();
        for (int n = 0; n < count; ++n) {
            const qint64 agent = agents.at(pick(int(agents.size())));
            CallSpec spec{QStringLiteral("D-%1").arg(1000 + n),
                          agent,
                          pick(2) ? data.supportTeam : data.salesTeam,
                          kStart + 5 * kDay + qint64(n) * 1'700'000,
                          pick(3) ? QStringLiteral("inbound") : QStringLiteral("outbound"),
                          queues.at(pick(int(queues.size()))),
                          15'000 + qint64(pick(900)) * 1000};
            spec.missing = pick(25) == 0;
            const qint64 id = insertCall(db, spec);
            analyse(db, id, qint64(pick(40)) * 1000, 0.3 + pick(50) / 100.0);
            if (pick(3) == 0) {
                const double score = 50.0 + pick(50);
                evaluate(db, id, versionId, score, score >= 80.0, pick(10) == 0);
            } else if (pick(4) == 0) {
                db.exec(QStringLiteral("INSERT INTO review_queue_items (queue_id, call_id, "
                                       "position, origin, assignee, state, updated_by, "
                                       "updated_at) SELECT max(id), ?, ?, 'draw', ?, 'todo', "
                                       "'owner', 1 FROM review_queues"),
                        {id, n + 2, pick(2) ? QStringLiteral("rita") : QStringLiteral("omid")});
            }
        }
    });
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
}

} // namespace callqa::testing
