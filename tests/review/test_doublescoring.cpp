#include "checklists/sampleanswers.h"
#include "review/calibration/reliabilitypairs.h"
#include "review/evaluations/evaluationdraftstore.h"
#include "review/evaluations/evaluationstore.h"
#include "review/metrics/countedevaluations.h"
#include "review/queues/doublescoreblind.h"
#include "review/queues/doublescoring.h"
#include "review/queues/myqueue.h"
#include "review/queues/queuestore.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace callqa;
using namespace callqa::review;

namespace {

const QString kKey = QStringLiteral("support-call");

struct Floor {
    std::unique_ptr<Workspace> workspace;
    ChecklistVersion version;
    Actor sara; // supervisor, draws the queue
    Actor rita; // supervisor who also reviews: reads every evaluation but for the blind rule
    Actor omid; // supervisor who also reviews
    Actor agent;
    QList<qint64> calls;
};

// Ten calls by agent a1, and supervisors who review them.
Floor doubleScoringFloor(const testing::TestLocation& location)
{
    Floor floor;
    floor.workspace = testing::openWorkspace(location);
    testing::addReviewer(*floor.workspace, QStringLiteral("ada"), Role::Admin);
    floor.version = testing::publishDefaultChecklist(*floor.workspace);
    floor.sara = testing::addReviewer(*floor.workspace, QStringLiteral("sara"), Role::Supervisor);
    floor.rita = testing::addReviewer(*floor.workspace, QStringLiteral("rita"), Role::Supervisor);
    floor.omid = testing::addReviewer(*floor.workspace, QStringLiteral("omid"), Role::Supervisor);
    for (int i = 0; i < 10; ++i)
        floor.calls << testing::addTestCall(*floor.workspace, QStringLiteral("a1"));
    floor.agent =
        testing::addAgentUser(*floor.workspace, QStringLiteral("anna"), QStringLiteral("a1"));
    return floor;
}

QueueRequest doubleScoredQueue(int percent)
{
    QueueRequest request;
    request.name = QStringLiteral("Everyday");
    request.checklistKey = kKey;
    request.population.fromMs = 0;
    request.population.toMs = qint64(4'000'000'000'000);
    request.rule.quotaKind = QuotaKind::Total;
    request.rule.quota = 10;
    request.rule.seed = 77;
    request.rule.doubleScorePercent = percent;
    request.reviewers = {QStringLiteral("rita"), QStringLiteral("omid")};
    return request;
}

qint64 count(Workspace& workspace, const QString& sql)
{
    return workspace.db().scalar(sql).toLongLong();
}

} // namespace

TEST_CASE("double scoring: how many items a share double-scores", "[review][queues][double]")
{
    struct Row {
        qint64 drawn;
        int percent;
        qint64 expected;
    };
    const Row rows[] = {{0, 5, 0},   {10, 0, 0},  {10, 5, 1}, {9, 5, 0},  {100, 5, 5},
                        {101, 5, 5}, {110, 5, 6}, {3, 50, 2}, {4, 50, 2}, {7, 100, 7},
                        {7, 150, 7}, {10, -5, 0}, {1, 1, 0},  {1, 50, 1}, {20, 2, 0}};
    for (const Row& row : rows) {
        INFO(row.drawn << " items at " << row.percent << " %");
        CHECK(doubleScoreCount(row.drawn, row.percent) == row.expected);
    }
}

TEST_CASE("double scoring: the double-scored items are a seeded choice", "[review][queues][double]")
{
    const std::vector<size_t> chosen = doubleScoredPositions(200, 10, 2026);
    REQUIRE(chosen.size() == 20);
    CHECK(std::is_sorted(chosen.begin(), chosen.end()));
    CHECK(QSet<size_t>(chosen.begin(), chosen.end()).size() == 20);
    CHECK(chosen.back() < 200);
    INFO("the same seed gives the same items, another seed others");
    CHECK(doubleScoredPositions(200, 10, 2026) == chosen);
    CHECK(doubleScoredPositions(200, 10, 2027) != chosen);
    INFO("not simply the first items");
    CHECK(chosen.back() >= 20);
    CHECK(doubleScoredPositions(5, 100, 1) == std::vector<size_t>{0, 1, 2, 3, 4});
    CHECK(doubleScoredPositions(5, 0, 1).empty());
    CHECK(doubleScoredPositions(0, 50, 1).empty());
}

TEST_CASE("double scoring: the second reviewer is someone else who may review the call",
          "[review][queues][double]")
{
    const std::vector<ReviewerSlot> team = {{QStringLiteral("rita"), 0, 0},
                                            {QStringLiteral("omid"), 7, 0},
                                            {QStringLiteral("lena"), 0, 0}};
    struct Row {
        const char* name;
        std::vector<qint64> agents;
        std::vector<QString> first;
        std::vector<size_t> doubled;
        std::vector<ReviewerSlot> reviewers;
        std::vector<QString> expected;
    };
    const QString rita = QStringLiteral("rita");
    const QString omid = QStringLiteral("omid");
    const QString lena = QStringLiteral("lena");
    const QString none;
    const Row rows[] = {
        {"round-robin, never the first reviewer",
         {1, 1, 1, 1},
         {rita, omid, lena, rita},
         {0, 1, 2, 3},
         team,
         {omid, lena, rita, omid}},
        {"only the double-scored items",
         {1, 1, 1},
         {rita, omid, lena},
         {1},
         team,
         {none, rita, none}},
        {"nobody reviews their own agent's call (omid is agent 7)",
         {7, 7},
         {rita, lena},
         {0, 1},
         team,
         {lena, rita}},
        {"an item nobody else may take stays single-scored",
         {7},
         {rita},
         {0},
         {{rita, 0, 0}, {omid, 7, 0}},
         {none}},
        {"an unassigned item gets no second reviewer", {1}, {none}, {0}, team, {none}},
        {"no reviewers", {1}, {rita}, {0}, {}, {none}},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        CHECK(assignSecondReviewers(row.agents, row.first, row.doubled, row.reviewers) ==
              row.expected);
    }
}

TEST_CASE("double scoring: blind until one's own score is in", "[review][queues][double]")
{
    const QString rita = QStringLiteral("rita");
    const QString omid = QStringLiteral("omid");
    const QString sara = QStringLiteral("sara");
    const QList<DoubleScoreSides> pending = {{5, rita, true, omid, true}};
    const QList<DoubleScoreSides> firstDone = {{5, rita, false, omid, true}};
    struct Row {
        const char* name;
        QList<DoubleScoreSides> items;
        QString viewer;
        qint64 call;
        QString author;
        bool hidden;
    };
    const Row rows[] = {
        {"the second reviewer does not see the first's", pending, omid, 5, rita, true},
        {"nor the first the second's", pending, rita, 5, omid, true},
        {"nor anyone else's score of the call", pending, omid, 5, sara, true},
        {"one's own work is always visible", pending, omid, 5, omid, false},
        {"another call is not blind", pending, omid, 6, rita, false},
        {"someone who is not one of the two is not blind", pending, sara, 5, rita, false},
        {"once the first has submitted, they see the second's", firstDone, rita, 5, omid, false},
        {"the second still does not see the first's", firstDone, omid, 5, rita, true},
        {"no double-scored items", {}, omid, 5, rita, false},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        CHECK(hiddenByDoubleScoring(row.items, row.viewer, row.call, row.author) == row.hidden);
    }
}

TEST_CASE("double scoring: the calls whose scores a list hides from a reviewer",
          "[review][queues][double]")
{
    const QString rita = QStringLiteral("rita");
    const QString omid = QStringLiteral("omid");
    const QList<DoubleScoreSides> items = {
        {5, rita, true, omid, true}, {6, rita, false, omid, true}, {7, omid, true, rita, false}};
    CHECK(callsWithScoresHidden(items, omid) == QList<qint64>{5, 6, 7});
    CHECK(callsWithScoresHidden(items, rita) == QList<qint64>{5});
    CHECK(callsWithScoresHidden(items, QStringLiteral("sara")).isEmpty());
    CHECK(callsWithScoresHidden({}, omid).isEmpty());
}

TEST_CASE("double scoring: a queue gives a seeded share of its items to a second reviewer",
          "[review][queues][double]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        Floor floor = doubleScoringFloor(location);
        QueueStore store(*floor.workspace, floor.sara);

        INFO("double scoring needs two reviewers, and a share from 0 to 100");
        QueueRequest lonely = doubleScoredQueue(30);
        lonely.reviewers = {QStringLiteral("rita")};
        const auto refused = store.create(lonely);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("two reviewers")));
        CHECK_FALSE(store.create(doubleScoredQueue(101)).ok());
        CHECK(count(*floor.workspace, QStringLiteral("SELECT count(*) FROM review_queues")) == 0);

        REQUIRE(store.create(doubleScoredQueue(30)).ok());
        const QueueSummary queue = store.find(QStringLiteral("Everyday")).value();
        CHECK(queue.rule.doubleScorePercent == 30);
        CHECK(queue.counts.todo == 10);
        CHECK(queue.counts.doubleScored == 3);
        CHECK(queue.counts.secondDone == 0);
        const QList<QueueItem> items = store.items(queue.id).value();
        const std::vector<size_t> expected = doubleScoredPositions(10, 30, 77);
        std::vector<size_t> doubled;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QueueItem& item = items.at(i);
            if (item.secondReviewer.isEmpty()) {
                CHECK(item.secondState.isEmpty());
                continue;
            }
            doubled.push_back(size_t(i));
            CHECK(item.secondState == QStringLiteral("todo"));
            CHECK(item.secondReviewer != item.assignee);
        }
        INFO("the items the pure function chose from the draw's seed");
        CHECK(doubled == expected);
        const QString created = floor.workspace->db()
                                    .scalar(QStringLiteral("SELECT detail FROM audit_log WHERE "
                                                           "action = 'queue.create'"))
                                    .toString();
        CHECK(QJsonDocument::fromJson(created.toUtf8())
                  .object()
                  .value(QStringLiteral("double_scored"))
                  .toInt() == 3);

        INFO("the second reviewer sees their item, and it is their next work");
        const QueueItem& twice = items.at(qsizetype(expected.front()));
        const Actor second =
            twice.secondReviewer == QStringLiteral("rita") ? floor.rita : floor.omid;
        const auto mine = myQueue(*floor.workspace, second).value();
        bool listed = false;
        for (const MyQueueEntry& entry : mine.entries)
            listed = listed || (entry.item.id == twice.id && entry.secondScore);
        CHECK(listed);
        INFO("the first reviewer cannot be given the second reviewer's item");
        const auto reassigned = store.assignItem(queue.id, twice.callId, twice.secondReviewer);
        REQUIRE_FALSE(reassigned.ok());
        CHECK(reassigned.error().contains(QStringLiteral("second")));
    }
}

TEST_CASE("double scoring: own drafts, blind, the second score counts nowhere",
          "[review][queues][double]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        Floor floor = doubleScoringFloor(location);
        Workspace& workspace = *floor.workspace;
        QueueStore store(workspace, floor.sara);
        REQUIRE(store.create(doubleScoredQueue(10)).ok());
        const QueueSummary queue = store.find(QStringLiteral("Everyday")).value();
        QueueItem item;
        const QList<QueueItem> all = store.items(queue.id).value();
        for (const QueueItem& each : all)
            if (!each.secondReviewer.isEmpty())
                item = each;
        REQUIRE(item.id != 0);
        const Actor first = item.assignee == QStringLiteral("rita") ? floor.rita : floor.omid;
        const Actor second = item.assignee == QStringLiteral("rita") ? floor.omid : floor.rita;
        REQUIRE(item.secondReviewer == second.login);

        INFO("each reviewer opens a draft of their own; the lease still allows one session each");
        EvaluationDraftStore firstDesk(workspace, first, QStringLiteral("ws-1"));
        EvaluationDraftStore secondDesk(workspace, second, QStringLiteral("ws-2"));
        EvaluationDraftStore secondLaptop(workspace, second, QStringLiteral("laptop"));
        const auto firstDraft = firstDesk.open(item.callId, kKey);
        const auto secondDraft = secondDesk.open(item.callId, kKey);
        REQUIRE(firstDraft.ok());
        REQUIRE(secondDraft.ok());
        CHECK(firstDraft->id != secondDraft->id);
        CHECK_FALSE(firstDraft->readOnly());
        CHECK_FALSE(secondDraft->readOnly());
        CHECK_FALSE(firstDraft->secondScore);
        CHECK(secondDraft->secondScore);
        const auto onLaptop = secondLaptop.open(item.callId, kKey);
        REQUIRE(onLaptop.ok());
        CHECK(onLaptop->id == secondDraft->id);
        CHECK(onLaptop->readOnly());
        CHECK(onLaptop->heldBy->host == QStringLiteral("ws-2"));
        const QueueItem started = store.items(queue.id)->at(item.position - 1);
        CHECK(started.state == QStringLiteral("in_progress"));
        CHECK(started.secondState == QStringLiteral("in_progress"));
        INFO("neither sees the other's draft in the drafts list; the queue's supervisor sees both");
        for (EvaluationDraftStore* desk : {&firstDesk, &secondDesk}) {
            const auto drafts = desk->list().value();
            REQUIRE(drafts.size() == 1);
            CHECK(drafts.first().createdBy == desk->actor().login);
        }
        CHECK(EvaluationDraftStore(workspace, floor.sara, QStringLiteral("ws-3")).list()->size() ==
              2);

        const auto full = checklists::fullMarksAnswers(floor.version.checklist);
        REQUIRE(firstDesk.save(firstDraft->id, full).ok());
        const auto primary = firstDesk.submit(firstDraft->id);
        INFO(primary.error().toStdString());
        REQUIRE(primary.ok());
        CHECK(primary->status == QStringLiteral("submitted"));

        INFO("blind: the second reviewer neither lists nor reads the first's evaluation");
        EvaluationStore secondReads(workspace, second);
        EvaluationFilter ofCall;
        ofCall.callId = item.callId;
        CHECK(secondReads.list(ofCall)->isEmpty());
        const auto refused = secondReads.answers(primary->id);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("blind")));
        CHECK(EvaluationStore(workspace, floor.sara).answers(primary->id).ok());
        CHECK_FALSE(floor.workspace->db()
                        .scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                               "'evaluation.submit'"))
                        .toString()
                        .contains(QStringLiteral("overall")));

        checklists::AnswerSet other = full;
        other.set(QStringLiteral("greeted-customer"), checklists::Answer::no());
        REQUIRE(secondDesk.save(secondDraft->id, other).ok());
        const auto reliability = secondDesk.submit(secondDraft->id);
        INFO(reliability.error().toStdString());
        REQUIRE(reliability.ok());
        CHECK(reliability->status == QStringLiteral("reliability"));
        const QueueItem done = store.items(queue.id)->at(item.position - 1);
        CHECK(done.state == QStringLiteral("done"));
        CHECK(done.secondState == QStringLiteral("done"));
        CHECK(store.find(QStringLiteral("Everyday"))->counts.secondDone == 1);

        INFO("submitted both: each reads the other's");
        CHECK(secondReads.list(ofCall)->size() == 2);
        CHECK(secondReads.answers(primary->id).ok());
        CHECK(EvaluationStore(workspace, first).answers(reliability->id).ok());

        INFO("the first reviewer's score counts; the reliability score nowhere, and the agent "
             "does not see it");
        CHECK(count(workspace, QStringLiteral("SELECT count(*) FROM evaluations e WHERE ") +
                                   countedEvaluationsCondition(QStringLiteral("e"))) == 1);
        const auto agentSees = EvaluationStore(workspace, floor.agent).list().value();
        REQUIRE(agentSees.size() == 1);
        CHECK(agentSees.first().id == primary->id);
        CHECK_FALSE(EvaluationStore(workspace, floor.agent).answers(reliability->id).ok());

        INFO("calibration reliability reports the pair, the counted score first");
        const auto pairs =
            readReliabilityPairs(workspace, floor.sara, floor.version.id, 0, workspace.now() + 1);
        REQUIRE(pairs.ok());
        REQUIRE(pairs->size() == 1);
        CHECK(pairs->first().first.evaluationId == primary->id);
        CHECK(pairs->first().second.evaluationId == reliability->id);
        CHECK(pairs->first().second.answers == other);
    }
}

TEST_CASE("double scoring: the second reviewer scoring first leaves the first side open",
          "[review][queues][double]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        Floor floor = doubleScoringFloor(location);
        Workspace& workspace = *floor.workspace;
        QueueStore store(workspace, floor.sara);
        REQUIRE(store.create(doubleScoredQueue(100)).ok());
        const QueueSummary queue = store.find(QStringLiteral("Everyday")).value();
        const QueueItem item = store.items(queue.id)->front();
        const Actor second =
            item.secondReviewer == QStringLiteral("rita") ? floor.rita : floor.omid;
        const Actor first = item.assignee == QStringLiteral("rita") ? floor.rita : floor.omid;
        const auto full = checklists::fullMarksAnswers(floor.version.checklist);
        const auto scored =
            EvaluationStore(workspace, second).submit(item.callId, floor.version.id, full);
        REQUIRE(scored.ok());
        CHECK(scored->status == QStringLiteral("reliability"));
        const QueueItem after = store.items(queue.id)->front();
        CHECK(after.state == QStringLiteral("todo"));
        CHECK(after.secondState == QStringLiteral("done"));
        INFO("the first reviewer still may not read it, and still has the item to do");
        CHECK_FALSE(EvaluationStore(workspace, first).answers(scored->id).ok());
        const auto next = QueueStore(workspace, first).next();
        REQUIRE(next.ok());
        REQUIRE(next->has_value());
        INFO("and the second reviewer's next work is a side still to score");
        const auto secondNext = QueueStore(workspace, second).next();
        REQUIRE(secondNext.ok());
        REQUIRE(secondNext->has_value());
        CHECK((*secondNext)->id != item.id);
        CHECK(count(workspace, QStringLiteral("SELECT count(*) FROM evaluations e WHERE ") +
                                   countedEvaluationsCondition(QStringLiteral("e"))) == 0);
    }
}
