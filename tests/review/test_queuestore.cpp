#include "checklists/sampleanswers.h"
#include "review/auth/signin.h"
#include "review/auth/userstore.h"
#include "review/evaluations/evaluationdraftstore.h"
#include "review/queues/queuestore.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QSet>

using namespace callqa;
using namespace callqa::review;

namespace {

qint64 utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// 30 calls in March 2026 by agents a1..a3, short and long, in two phone queues.
QList<qint64> addFloor(Workspace& workspace)
{
    QList<qint64> ids;
    for (int i = 0; i < 30; ++i) {
        const QString agent = QStringLiteral("a%1").arg(1 + i % 3);
        const qint64 id = testing::addTestCall(workspace, agent);
        REQUIRE(workspace.db().transact([&] {
            workspace.db().exec(
                QStringLiteral("UPDATE calls SET started_at = ?, duration_ms = ?, queue = ?, "
                               "external_id = ? WHERE id = ?"),
                {utc("2026-03-02T08:00:00Z") + qint64(i) * 20 * 3600'000LL,
                 i % 4 == 0 ? 720'000 : 95'000,
                 i % 2 == 0 ? QStringLiteral("billing") : QStringLiteral("technical"),
                 QStringLiteral("C-%1").arg(i + 1), id});
        }));
        ids << id;
    }
    return ids;
}

void addUser(Workspace& workspace, const QString& login, QList<Role> roles,
             const QString& agent = {})
{
    UserStore users(workspace, Actor::owner());
    // The first user of a workspace must be an admin.
    if (workspace.db().scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong() == 0)
        REQUIRE(users.createFirstUser({QStringLiteral("ada"),
                                       QStringLiteral("Ada"),
                                       {Role::Admin},
                                       QStringLiteral("pw-ada"),
                                       {}}));
    const auto created =
        users.createUser({login, login, roles, QStringLiteral("pw-") + login, agent});
    INFO(created.error().toStdString());
    REQUIRE(created);
}

Actor signedIn(const QString& login, QList<Role> roles, std::optional<qint64> agentId = {})
{
    Actor actor;
    actor.login = login;
    actor.roles = std::move(roles);
    actor.agentId = agentId;
    return actor;
}

QueueRequest marchQueue(const QString& name)
{
    QueueRequest request;
    request.name = name;
    request.checklistKey = QStringLiteral("support-call");
    request.population.fromMs = utc("2026-03-01T00:00:00Z");
    request.population.toMs = utc("2026-04-01T00:00:00Z");
    request.rule.quotaKind = QuotaKind::PerAgentPerPeriod;
    request.rule.quota = 3;
    request.rule.stratify = {StratumDimension::Duration};
    request.rule.seed = 2026;
    return request;
}

// A workspace with the default checklist, addFloor()'s calls and two reviewers: rita, and omid,
// who is also agent a2 on the phones.
std::unique_ptr<Workspace> queueFloor(const testing::TestLocation& location)
{
    auto workspace = testing::openWorkspace(location);
    testing::publishDefaultChecklist(*workspace);
    addFloor(*workspace);
    addUser(*workspace, QStringLiteral("rita"), {Role::Reviewer});
    addUser(*workspace, QStringLiteral("omid"), {Role::Reviewer, Role::Agent},
            QStringLiteral("a2"));
    return workspace;
}

qint64 count(Database& db, const QString& sql)
{
    return db.scalar(sql).toLongLong();
}

} // namespace

TEST_CASE("queue store: draw, store, assign, verify, tamper", "[review][queues]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = queueFloor(location);
        QList<qint64> calls;
        QSqlQuery ids = workspace->db().exec(QStringLiteral("SELECT id FROM calls ORDER BY id"));
        while (ids.next())
            calls << ids.value(0).toLongLong();
        Database& db = workspace->db();
        const qint64 a2 =
            count(db, QStringLiteral("SELECT id FROM agents WHERE external_id = 'a2'"));

        QueueStore supervisor(*workspace, signedIn(QStringLiteral("sara"), {Role::Supervisor}));
        QueueRequest request = marchQueue(QStringLiteral("March per agent"));
        request.reviewers = {QStringLiteral("rita"), QStringLiteral("omid")};
        const auto created = supervisor.create(request);
        INFO(created.error().toStdString());
        REQUIRE(created);
        const auto queue = supervisor.find(QStringLiteral("march PER agent"));
        REQUIRE(queue);
        CHECK(queue->frameSize == 30);
        CHECK(queue->checklistVersion == 1);
        CHECK(queue->counts.todo == 9);
        const auto items = supervisor.items(queue->id);
        REQUIRE(items);
        REQUIRE(items->size() == 9);
        QSet<QString> groups;
        for (const QueueItem& item : items.value()) {
            groups.insert(item.group);
            CHECK(item.origin == QStringLiteral("draw"));
            CHECK_FALSE(item.assignee.isEmpty());
            const qint64 agent = count(
                db, QStringLiteral("SELECT agent_id FROM calls WHERE id = %1").arg(item.callId));
            if (agent == a2)
                CHECK(item.assignee == QStringLiteral("rita"));
        }
        CHECK(groups.size() == 3);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'queue.create'")) == 1);

        INFO("the same name again is refused, nothing is written");
        const auto again = supervisor.create(request);
        REQUIRE_FALSE(again);
        CHECK(again.error().contains(QStringLiteral("exists already")));
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM review_queues")) == 1);

        INFO("a re-draw from the stored frame and seed matches");
        const auto verified = supervisor.verify(queue.value());
        REQUIRE(verified);
        CHECK(verified->matches());

        INFO("a second queue leaves out calls the first holds");
        QueueRequest second = marchQueue(QStringLiteral("March again"));
        second.rule.quotaKind = QuotaKind::Total;
        second.rule.quota = 100;
        REQUIRE(supervisor.create(second));
        const auto secondQueue = supervisor.find(QStringLiteral("March again"));
        REQUIRE(secondQueue);
        CHECK(secondQueue->frameSize == 21);

        INFO("by hand: added and removed with reasons still verify, and are named");
        const qint64 extra = secondQueue->id; // any call of the second queue's
        const auto secondItems = supervisor.items(extra);
        REQUIRE(secondItems);
        const qint64 handCall = secondItems->front().callId;
        REQUIRE(supervisor.removeItem(extra, handCall, QStringLiteral("moved to March queue")));
        REQUIRE(
            supervisor.addItem(queue->id, handCall, QStringLiteral("escalated by the customer")));
        CHECK_FALSE(supervisor.addItem(queue->id, handCall, QStringLiteral("twice")));
        CHECK_FALSE(supervisor.addItem(queue->id, calls.front(), QString()));
        const qint64 removedCall = items->at(0).callId;
        REQUIRE(supervisor.removeItem(queue->id, removedCall, QStringLiteral("test call")));
        const auto byHand = supervisor.verify(
            supervisor.find(QStringLiteral("#") + QString::number(queue->id)).value());
        REQUIRE(byHand);
        CHECK(byHand->matches());
        CHECK(byHand->addedByHand == std::vector<qint64>{handCall});
        CHECK(byHand->removedByHand == std::vector<qint64>{removedCall});

        INFO("the queue's history: drawn, then each change by hand, with who and why");
        const auto history = supervisor.history(queue->id);
        REQUIRE(history);
        QStringList actions;
        for (const AuditRecord& record : history.value())
            actions << record.action;
        CHECK(actions == QStringList{QStringLiteral("queue.create"),
                                     QStringLiteral("queue.item_add"),
                                     QStringLiteral("queue.item_remove")});
        CHECK(history->at(1).detail.value(QStringLiteral("reason")).toString() ==
              QStringLiteral("escalated by the customer"));
        CHECK_FALSE(QueueStore(*workspace, signedIn(QStringLiteral("rita"), {Role::Reviewer}))
                        .history(queue->id));

        INFO("tampering in the database is found");
        REQUIRE(db.transact([&] {
            db.exec(QStringLiteral("DELETE FROM review_queue_items WHERE queue_id = ? AND "
                                   "call_id = ?"),
                    {queue->id, items->at(1).callId});
        }));
        auto tampered = supervisor.verify(queue.value());
        REQUIRE(tampered);
        CHECK_FALSE(tampered->matches());
        CHECK(tampered->drawnNotQueued == std::vector<qint64>{items->at(1).callId});
        REQUIRE(db.transact([&] {
            db.exec(QStringLiteral("UPDATE review_queue_frame SET duration_ms = 1 WHERE "
                                   "queue_id = ? AND call_id = ?"),
                    {queue->id, calls.back()});
        }));
        tampered = supervisor.verify(queue.value());
        REQUIRE(tampered);
        CHECK_FALSE(tampered->frameIntact);
        REQUIRE(db.transact([&] {
            db.exec(QStringLiteral("INSERT INTO review_queue_items (queue_id, call_id, position, "
                                   "origin, state, updated_by, updated_at) VALUES (?, ?, 99, "
                                   "'manual', 'todo', 'mallory', 0)"),
                    {queue->id, calls.at(5) == handCall ? calls.at(6) : calls.at(5)});
        }));
        tampered = supervisor.verify(queue.value());
        REQUIRE(tampered);
        CHECK(tampered->unexplained.size() == 1);
    }
}

TEST_CASE("queue store: next item, roles", "[review][queues]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = queueFloor(location);
        QueueStore supervisor(*workspace, signedIn(QStringLiteral("sara"), {Role::Supervisor}));
        QueueRequest request = marchQueue(QStringLiteral("Unassigned"));
        request.rule.quotaKind = QuotaKind::Total;
        request.rule.quota = 4;
        REQUIRE(supervisor.create(request));

        INFO("reviewers may not draw queues");
        QueueStore rita(*workspace, signedIn(QStringLiteral("rita"), {Role::Reviewer}));
        const auto refused = rita.create(marchQueue(QStringLiteral("Mine")));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(QStringLiteral("rita")));

        INFO("next takes an unassigned item and keeps giving the same until it is worked");
        const auto first = rita.next();
        REQUIRE(first);
        REQUIRE(first->has_value());
        CHECK(first->value().assignee == QStringLiteral("rita"));
        const auto same = rita.next();
        REQUIRE(same);
        REQUIRE(same->has_value());
        CHECK(same->value().id == first->value().id);

        INFO("omid never gets a call of his own agent record, a2");
        Database& db = workspace->db();
        const qint64 a2 =
            db.scalar(QStringLiteral("SELECT id FROM agents WHERE external_id = 'a2'"))
                .toLongLong();
        QueueStore omid(*workspace,
                        signedIn(QStringLiteral("omid"), {Role::Reviewer, Role::Agent}, a2));
        const auto his = omid.next();
        REQUIRE(his);
        REQUIRE(his->has_value());
        CHECK(his->value().id != first->value().id);
        CHECK(db.scalar(QStringLiteral("SELECT agent_id FROM calls WHERE id = ?"),
                        {his->value().callId})
                  .toLongLong() != a2);

        INFO("a reviewer sees their own items only; a coach sees them all");
        const qint64 queueId = supervisor.find(QStringLiteral("Unassigned"))->id;
        const auto ritasItems = rita.items(queueId);
        REQUIRE(ritasItems);
        REQUIRE(ritasItems->size() == 1);
        CHECK(ritasItems->front().assignee == QStringLiteral("rita"));
        QueueStore coach(*workspace, signedIn(QStringLiteral("carla"), {Role::Coach}));
        CHECK(coach.items(queueId)->size() == 4);
        CHECK_FALSE(coach.create(marchQueue(QStringLiteral("Coach's"))));

        INFO("agents see nothing of queues");
        QueueStore agent(*workspace, signedIn(QStringLiteral("jonas"), {Role::Agent}, a2));
        CHECK_FALSE(agent.list());
        CHECK_FALSE(agent.items(queueId));
        CHECK_FALSE(agent.next());
    }
}

TEST_CASE("queue store: an item follows its draft and its evaluation", "[review][queues]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = queueFloor(location);
        const ChecklistVersion version = ChecklistStore(*workspace, Actor::owner())
                                             .version(QStringLiteral("support-call"))
                                             .value();
        QueueStore supervisor(*workspace, signedIn(QStringLiteral("sara"), {Role::Supervisor}));
        QueueRequest request = marchQueue(QStringLiteral("Work"));
        request.rule.quotaKind = QuotaKind::Total;
        request.rule.quota = 2;
        request.reviewers = {QStringLiteral("rita")};
        REQUIRE(supervisor.create(request));
        const QueueSummary queue = supervisor.find(QStringLiteral("Work")).value();
        const QueueItem item = supervisor.items(queue.id)->front();

        const Actor rita =
            review::signIn(*workspace, QStringLiteral("rita"), QStringLiteral("pw-rita")).value();
        EvaluationDraftStore drafts(*workspace, rita, QStringLiteral("ws-1"));
        const auto draft = drafts.open(item.callId, QStringLiteral("support-call"));
        REQUIRE(draft);
        CHECK(supervisor.items(queue.id)->front().state == QStringLiteral("in_progress"));
        INFO("another reviewer may not open it at all, and the item stays Rita's");
        EvaluationDraftStore other(*workspace, signedIn(QStringLiteral("omid"), {Role::Reviewer}),
                                   QStringLiteral("ws-2"));
        CHECK_FALSE(other.open(item.callId, QStringLiteral("support-call")));
        CHECK(supervisor.items(queue.id)->front().assignee == QStringLiteral("rita"));

        REQUIRE(drafts.save(draft->id, checklists::fullMarksAnswers(version.checklist)));
        const auto submitted = drafts.submit(draft->id);
        INFO(submitted.error().toStdString());
        REQUIRE(submitted);
        const auto after = supervisor.find(QStringLiteral("Work")).value();
        CHECK(after.counts.done == 1);
        CHECK(after.counts.todo == 1);
        Database& db = workspace->db();
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                       "('queue.item_start', 'queue.item_done')"))
                  .toLongLong() == 2);
        INFO("work on the items does not disturb verification");
        CHECK(supervisor.verify(after)->matches());
    }
}

TEST_CASE("queue store: skip with a reason, reassign, unassign", "[review][queues]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = queueFloor(location);
        QueueStore supervisor(*workspace, signedIn(QStringLiteral("sara"), {Role::Supervisor}));
        QueueRequest request = marchQueue(QStringLiteral("Skips"));
        request.rule.quotaKind = QuotaKind::Total;
        request.rule.quota = 3;
        request.reviewers = {QStringLiteral("rita")};
        REQUIRE(supervisor.create(request));
        const QueueSummary queue = supervisor.find(QStringLiteral("Skips")).value();
        const QList<QueueItem> items = supervisor.items(queue.id).value();
        Database& db = workspace->db();
        const qint64 a2 =
            db.scalar(QStringLiteral("SELECT id FROM agents WHERE external_id = 'a2'"))
                .toLongLong();

        QueueStore rita(*workspace, signedIn(QStringLiteral("rita"), {Role::Reviewer}));
        QueueStore omid(*workspace, signedIn(QStringLiteral("omid"), {Role::Reviewer}));
        INFO("a reason is required, and only the item's reviewer (or a supervisor) may skip it");
        CHECK_FALSE(rita.skipItem(queue.id, items[0].callId, QString()));
        CHECK_FALSE(omid.skipItem(queue.id, items[0].callId, QStringLiteral("not mine")));
        REQUIRE(rita.skipItem(queue.id, items[0].callId, QStringLiteral("no audio")));
        CHECK(supervisor.items(queue.id)->at(0).state == QStringLiteral("skipped"));
        CHECK(supervisor.items(queue.id)->at(0).reason == QStringLiteral("no audio"));
        CHECK_FALSE(rita.skipItem(queue.id, items[0].callId, QStringLiteral("again")));

        INFO("reassign and unassign are a supervisor's; never to the call's own agent");
        CHECK_FALSE(rita.assignItem(queue.id, items[1].callId, QStringLiteral("omid")));
        const qint64 agentOfItem =
            db.scalar(QStringLiteral("SELECT agent_id FROM calls WHERE id = ?"), {items[1].callId})
                .toLongLong();
        const Status moved =
            supervisor.assignItem(queue.id, items[1].callId, QStringLiteral("omid"));
        CHECK(moved.ok() == (agentOfItem != a2));
        REQUIRE(supervisor.assignItem(queue.id, items[2].callId, QString()));
        CHECK(supervisor.items(queue.id)->at(2).assignee.isEmpty());
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                       "('queue.item_skip', 'queue.item_assign')"))
                  .toLongLong() == (agentOfItem != a2 ? 3 : 2));
        CHECK(supervisor.verify(supervisor.find(QStringLiteral("Skips")).value())->matches());
    }
}
