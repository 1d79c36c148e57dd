#include "review/auth/userstore.h"
#include "review/queues/assignablereviewers.h"
#include "review/queues/drawpreview.h"
#include "review/queues/queuestore.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QDateTime>

#include <map>

using namespace callqa;
using namespace callqa::review;

namespace {

qint64 utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// 24 calls in March 2026 by agents a1..a3, short and long, in two phone queues.
void addFloor(Workspace& workspace)
{
    for (int i = 0; i < 24; ++i) {
        const qint64 id = testing::addTestCall(workspace, QStringLiteral("a%1").arg(1 + i % 3));
        REQUIRE(workspace.db().transact([&] {
            workspace.db().exec(
                QStringLiteral("UPDATE calls SET started_at = ?, duration_ms = ?, queue = ? "
                               "WHERE id = ?"),
                {utc("2026-03-02T08:00:00Z") + qint64(i) * 25 * 3600'000LL,
                 i % 4 == 0 ? 720'000 : 95'000,
                 i % 2 == 0 ? QStringLiteral("billing") : QStringLiteral("technical"), id});
        }));
    }
}

Actor signedIn(const QString& login, QList<Role> roles)
{
    Actor actor;
    actor.login = login;
    actor.roles = std::move(roles);
    return actor;
}

} // namespace

TEST_CASE("draw preview: the counts create() then draws, nothing written", "[review][queues]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        testing::publishDefaultChecklist(*workspace);
        addFloor(*workspace);
        const Actor sara = signedIn(QStringLiteral("sara"), {Role::Supervisor});

        QueueRequest request;
        request.name = QStringLiteral("March");
        request.checklistKey = QStringLiteral("support-call");
        request.population.fromMs = utc("2026-03-01T00:00:00Z");
        request.population.toMs = utc("2026-04-01T00:00:00Z");
        request.rule.quotaKind = QuotaKind::Total;
        request.rule.quota = 7;
        request.rule.stratify = {StratumDimension::Queue, StratumDimension::Duration};
        request.rule.seed = 99;

        const auto preview = previewDraw(*workspace, sara, request.population, request.rule);
        INFO(preview.error().toStdString());
        REQUIRE(preview);
        CHECK(preview->eligible == 24);
        CHECK(preview->allocated == 7);
        // billing has every long call (i % 4 == 0 is even): three strata, not four.
        REQUIRE(preview->strata.size() == 3);
        qint64 eligible = 0;
        qint64 allocated = 0;
        for (const StratumCount& s : preview->strata) {
            eligible += s.eligible;
            allocated += s.allocated;
            CHECK(s.allocated >= 1);
        }
        CHECK(eligible == 24);
        CHECK(allocated == 7);
        CHECK(workspace->db()
                  .scalar(QStringLiteral("SELECT count(*) FROM review_queues"))
                  .toLongLong() == 0);

        QueueStore store(*workspace, sara);
        const auto created = store.create(request);
        REQUIRE(created);
        const auto items = store.items(created.value());
        REQUIRE(items);
        std::map<QString, qint64> drawn;
        for (const QueueItem& item : items.value())
            ++drawn[item.stratum];
        std::map<QString, qint64> previewed;
        for (const StratumCount& s : preview->strata)
            previewed[s.stratum] = s.allocated;
        CHECK(drawn == previewed);
        const auto queue = store.find(QStringLiteral("March"));
        REQUIRE(queue);
        CHECK(queue->frameSize == preview->eligible);

        INFO("the drawn calls are queued now: the next preview's frame leaves them out");
        const auto after = previewDraw(*workspace, sara, request.population, request.rule);
        REQUIRE(after);
        CHECK(after->eligible == 24 - 7);
    }
}

TEST_CASE("draw preview: refused without ManageQueues and for an empty period", "[review][queues]")
{
    testing::TestLocation location(Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    Population population;
    population.fromMs = utc("2026-03-01T00:00:00Z");
    population.toMs = utc("2026-04-01T00:00:00Z");
    SamplingRule rule;
    rule.quota = 3;
    const auto reviewer = previewDraw(
        *workspace, signedIn(QStringLiteral("rita"), {Role::Reviewer}), population, rule);
    REQUIRE_FALSE(reviewer);
    CHECK(reviewer.error().contains(QStringLiteral("review queues")));
    population.toMs = population.fromMs;
    const auto empty = previewDraw(*workspace, Actor::owner(), population, rule);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().contains(QStringLiteral("period")));
}

TEST_CASE("assignable reviewers: active reviewers and supervisors only", "[review][queues]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        UserStore users(*workspace, Actor::owner());
        REQUIRE(users.createFirstUser({QStringLiteral("ada"),
                                       QStringLiteral("Ada"),
                                       {Role::Admin},
                                       QStringLiteral("pw-ada"),
                                       {}}));
        const auto add = [&](const QString& login, QList<Role> roles) {
            REQUIRE(users.createUser(
                {login, login.toUpper(), roles, QStringLiteral("pw-") + login, {}}));
        };
        add(QStringLiteral("rita"), {Role::Reviewer});
        add(QStringLiteral("sara"), {Role::Supervisor});
        add(QStringLiteral("cora"), {Role::Coach});
        add(QStringLiteral("gone"), {Role::Reviewer});
        REQUIRE(users.deactivate(QStringLiteral("gone")));

        const auto listed =
            assignableReviewers(*workspace, signedIn(QStringLiteral("sara"), {Role::Supervisor}));
        REQUIRE(listed);
        QStringList logins;
        for (const AssignableReviewer& r : listed.value())
            logins << r.login;
        CHECK(logins == QStringList{QStringLiteral("rita"), QStringLiteral("sara")});
        CHECK(listed->front().displayName == QStringLiteral("RITA"));
        CHECK_FALSE(
            assignableReviewers(*workspace, signedIn(QStringLiteral("rita"), {Role::Reviewer})));
    }
}
