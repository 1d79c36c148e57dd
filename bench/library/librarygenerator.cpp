#include "bench/library/librarygenerator.h"

#include "checklists/defaultchecklist.h"
#include "review/calls/callsearchtext.h"
#include "review/checklists/checkliststore.h"
#include "review/storage/database.h"
#include "review/storage/workspace.h"
#include "review/textfold.h"

#include <QStringList>

#include <functional>
#include <random>

namespace callqa::bench {

namespace {

using review::Database;

const QStringList kFirstNames = {
    QStringLiteral("İlker"),  QStringLiteral("Ayşe"),  QStringLiteral("Işıl"),
    QStringLiteral("Jürgen"), QStringLiteral("Käthe"), QStringLiteral("Jörg"),
    QStringLiteral("Пётр"),   QStringLiteral("Ольга"), QStringLiteral("Дмитрий"),
    QStringLiteral("مریم"),   QStringLiteral("علی"),   QStringLiteral("زهرا"),
    QStringLiteral("Anna"),   QStringLiteral("Marco"), QStringLiteral("Sofia"),
    QStringLiteral("Liam"),   QStringLiteral("Noah"),  QStringLiteral("Emma"),
    QStringLiteral("Mia"),    QStringLiteral("Lucas"),
};
const QStringList kLastNames = {
    QStringLiteral("Yıldız"),  QStringLiteral("Öztürk"),   QStringLiteral("Çelik"),
    QStringLiteral("Straße"),  QStringLiteral("Müller"),   QStringLiteral("Groß"),
    QStringLiteral("Иванов"),  QStringLiteral("Смирнова"), QStringLiteral("Кузнецов"),
    QStringLiteral("رضایی"),   QStringLiteral("احمدی"),    QStringLiteral("کریمی"),
    QStringLiteral("Rossi"),   QStringLiteral("Silva"),    QStringLiteral("Smith"),
    QStringLiteral("Dubois"),  QStringLiteral("Novak"),    QStringLiteral("Berg"),
    QStringLiteral("Costa"),   QStringLiteral("Weber"),    QStringLiteral("Kaya"),
    QStringLiteral("Popov"),   QStringLiteral("Hosseini"), QStringLiteral("Lopez"),
    QStringLiteral("Fischer"),
};
const QStringList kQueues = {
    QStringLiteral("Billing"),   QStringLiteral("Sales"),   QStringLiteral("Support"),
    QStringLiteral("Retention"), QStringLiteral("Returns"), QStringLiteral("Technik"),
    QStringLiteral("Доставка"),  QStringLiteral("İade"),    QStringLiteral("پشتیبانی"),
    QStringLiteral("VIP"),       QStringLiteral("Claims"),  QStringLiteral("Onboarding"),
};
const QStringList kCities = {QStringLiteral("Köln"), QStringLiteral("İstanbul"),
                             QStringLiteral("Москва"), QStringLiteral("تهران"),
                             QStringLiteral("Lisboa")};

constexpr qint64 kDay = 86'400'000;
constexpr qint64 kFirstDay = 1'735'689'600'000; // 2025-01-01
constexpr int kRowsPerStatement = 400;

// Runs INSERT INTO `head` VALUES (...), (...) for `count` rows, kRowsPerStatement at a time;
// `row(i, binds)` appends one row's values and returns its placeholder tuple.
void insertRows(Database& db, const QString& head, int count,
                const std::function<QString(int, QVariantList&)>& row)
{
    for (int first = 0; first < count; first += kRowsPerStatement) {
        const int last = std::min(count, first + kRowsPerStatement);
        QStringList tuples;
        QVariantList binds;
        for (int i = first; i < last; ++i)
            tuples << row(i, binds);
        db.exec(QStringLiteral("INSERT INTO ") + head + QStringLiteral(" VALUES ") +
                    tuples.join(QStringLiteral(", ")),
                binds);
    }
}

} // namespace

QString generateLibrary(review::Workspace& workspace, const LibrarySize& size)
{
    review::ChecklistStore checklists(workspace, review::Actor::owner());
    if (const auto saved = checklists.saveDraft(checklists::defaultChecklist()); !saved)
        return saved.error();
    const auto published = checklists.publish(checklists::defaultChecklist().key);
    if (!published)
        return published.error();
    const qint64 versionId = published->id;
    const qint64 checklistId =
        workspace.db()
            .scalar(QStringLiteral("SELECT checklist_id FROM checklist_versions WHERE id = ?"),
                    {versionId})
            .toLongLong();
    Database& db = workspace.db();
    std::mt19937_64 random{20261201};
    const auto uniform = [&](qint64 low, qint64 high) {
        return std::uniform_int_distribution<qint64>(low, high)(random);
    };

    review::Status status = db.transact([&] {
        insertRows(db, QStringLiteral("teams (id, name, name_folded, created_at)"), size.teams,
                   [](int i, QVariantList& binds) {
                       const QString name =
                           QStringLiteral("Team %1").arg(i + 1, 3, 10, QLatin1Char('0'));
                       binds << i + 1 << name << review::foldForSearch(name) << 0;
                       return QStringLiteral("(?, ?, ?, ?)");
                   });
        insertRows(db,
                   QStringLiteral("agents (id, external_id, name, name_folded, search_folded, "
                                  "active, created_at)"),
                   size.agents, [](int i, QVariantList& binds) {
                       const QString name =
                           kFirstNames.at(i % kFirstNames.size()) + QLatin1Char(' ') +
                           kLastNames.at((i / kFirstNames.size()) % kLastNames.size()) +
                           QLatin1Char(' ') + QString::number(i + 1);
                       binds << i + 1 << QStringLiteral("agent-%1").arg(i + 1) << name
                             << review::foldForSearch(name) << review::foldForLibrarySearch(name)
                             << true << 0;
                       return QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
                   });
        insertRows(db, QStringLiteral("agent_teams (agent_id, team_id, from_ms)"), size.agents,
                   [&](int i, QVariantList& binds) {
                       binds << i + 1 << (i % size.teams) + 1 << 0;
                       return QStringLiteral("(?, ?, ?)");
                   });
    });
    if (!status)
        return status.error();

    // Calls in a few transactions of 25,000 rows.
    constexpr int kCallsPerTransaction = 25'000;
    for (int start = 0; start < size.calls && status; start += kCallsPerTransaction) {
        const int count = std::min(kCallsPerTransaction, size.calls - start);
        status = db.transact([&] {
            insertRows(
                db,
                QStringLiteral("calls (id, external_id, content_sha256, relative_path, file_size, "
                               "format, codec, sample_rate, channels, duration_ms, agent_id, "
                               "team_id, started_at, direction, queue, metadata, missing, "
                               "imported_at, search_folded)"),
                count, [&](int offset, QVariantList& binds) {
                    const int i = start + offset;
                    const qint64 agent = uniform(1, size.agents);
                    const QString externalId =
                        QStringLiteral("CALL-%1").arg(i + 1, 7, 10, QLatin1Char('0'));
                    const QString queue = kQueues.at(int(uniform(0, kQueues.size() - 1)));
                    const QString metadata =
                        QStringLiteral("{\"city\":\"%1\",\"ticket\":\"T%2\"}")
                            .arg(kCities.at(int(uniform(0, kCities.size() - 1))))
                            .arg(uniform(10'000, 99'999));
                    binds << i + 1 << externalId << QStringLiteral("sha-%1").arg(i + 1)
                          << QStringLiteral("2025/%1.wav").arg(externalId) << 100'000 << "wav"
                          << "pcm_s16le" << 8000 << 2 << uniform(15'000, 1'800'000) << agent
                          << ((agent - 1) % size.teams) + 1 << kFirstDay + uniform(0, 90 * kDay)
                          << (uniform(0, 2) == 0 ? "outbound" : "inbound") << queue << metadata
                          << (uniform(0, 199) == 0) << kFirstDay
                          << review::callSearchText(externalId, queue, metadata);
                    return QStringLiteral(
                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                });
            const int analysed = count * 4 / 5;
            insertRows(db,
                       QStringLiteral("call_analysis (call_id, duration_ms, agent_talk_ms, "
                                      "customer_talk_ms, agent_share, customer_share, "
                                      "dead_air_ms, dead_air_count, overtalk_ms, overtalk_count, "
                                      "detail, analyzed_at)"),
                       analysed, [&](int offset, QVariantList& binds) {
                           const double share = double(uniform(20, 80)) / 100.0;
                           binds << start + offset + 1 << 60'000 << 30'000 << 20'000 << share
                                 << 1.0 - share << uniform(0, 120'000) << uniform(0, 20) << 1000
                                 << 1;
                           return QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', 0)");
                       });
            const int reviewed = int(count * size.reviewed);
            insertRows(db,
                       QStringLiteral("evaluations (call_id, checklist_version_id, reviewer, "
                                      "status, overall_score, passed, critical_fail, "
                                      "created_at, submitted_at)"),
                       reviewed, [&](int offset, QVariantList& binds) {
                           // Every third call of the transaction's range, spread over it.
                           const int call = start + int(qint64(offset) * count / reviewed) + 1;
                           const double score = double(uniform(300, 1000)) / 10.0;
                           const bool critical = uniform(0, 19) == 0;
                           binds << call << versionId << "rita"
                                 << "submitted" << score << (score >= 80.0 && !critical) << critical
                                 << 1 << 1;
                           return QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
                       });
        });
    }
    if (!status)
        return status.error();
    status = db.transact([&] {
        const qint64 queue = db.insert(
            QStringLiteral("INSERT INTO review_queues (name, name_folded, checklist_id, "
                           "checklist_version_id, population_json, rule_json, frame_size, "
                           "frame_sha256, state, created_by, created_at) VALUES ('Week 1', "
                           "'week 1', ?, ?, '{}', '{}', 500, '', 'open', 'owner', 0) RETURNING "
                           "id"),
            {checklistId, versionId});
        insertRows(db,
                   QStringLiteral("review_queue_items (queue_id, call_id, position, origin, "
                                  "assignee, state, updated_by, updated_at)"),
                   std::min(500, size.calls), [&](int i, QVariantList& binds) {
                       binds << queue << qint64(i) * (size.calls / 500) + 2 << i + 1 << "draw"
                             << (i % 2 ? "rita" : "omid") << "todo"
                             << "owner" << 0;
                       return QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)");
                   });
    });
    if (!status)
        return status.error();
    try {
        db.exec(QStringLiteral("ANALYZE"));
    } catch (const review::DbError& error) {
        return error.message();
    }
    return {};
}

} // namespace callqa::bench
