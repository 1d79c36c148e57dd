#include "checklists/sampleanswers.h"
#include "review/coaching/coachingstore.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

namespace {

constexpr qint64 kDay = 86'400'000;

} // namespace

TEST_CASE("coaching: sessions with evaluations, action items, acknowledgement, overdue",
          "[review][coaching]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const ChecklistVersion version = testing::publishDefaultChecklist(*workspace);
        const qint64 call = testing::addTestCall(*workspace, QStringLiteral("a-1"));
        const qint64 otherCall = testing::addTestCall(*workspace, QStringLiteral("a-2"));
        const Actor rita = testing::addReviewer(*workspace, QStringLiteral("rita"));
        const Actor carla = testing::addReviewer(*workspace, QStringLiteral("carla"), Role::Coach);
        const Actor jonas =
            testing::addAgentUser(*workspace, QStringLiteral("jonas"), QStringLiteral("a-1"));
        const Actor ulla =
            testing::addAgentUser(*workspace, QStringLiteral("ulla"), QStringLiteral("a-2"));
        EvaluationStore evaluations(*workspace, rita);
        const auto answers = checklists::fullMarksAnswers(version.checklist);
        const qint64 evaluation = evaluations.submit(call, version.id, answers)->id;
        const qint64 foreign = evaluations.submit(otherCall, version.id, answers)->id;

        CoachingStore coach(*workspace, carla);
        const qint64 now = workspace->now();
        INFO("refused: an agent who is not there, another agent's evaluation, a reviewer");
        CHECK_FALSE(coach.add({QStringLiteral("a-9"), now, {}, {}, {}}).ok());
        const auto mixed = coach.add({QStringLiteral("a-1"), now, {foreign}, {}, {}});
        REQUIRE_FALSE(mixed.ok());
        CHECK(mixed.error().contains(QLatin1String("another agent")));
        CHECK_FALSE(
            CoachingStore(*workspace, rita).add({QStringLiteral("a-1"), now, {}, {}, {}}).ok());
        CHECK_FALSE(coach.add({QStringLiteral("a-1"), now, {}, {}, now - kDay}).ok());

        const auto session = coach.add({QStringLiteral("a-1"),
                                        now - 10 * kDay,
                                        {evaluation},
                                        QStringLiteral("Greeting first, then the account"),
                                        now - 3 * kDay});
        INFO(session.error().toStdString());
        REQUIRE(session.ok());
        const auto late = coach.addItem(*session, QStringLiteral("Practise the greeting"),
                                        QStringLiteral("jonas"), now - kDay);
        const auto later =
            coach.addItem(*session, QStringLiteral("Listen to two calls"), {}, now + 5 * kDay);
        REQUIRE(late.ok());
        REQUIRE(later.ok());
        CHECK_FALSE(coach.addItem(*session, QStringLiteral(" "), {}, {}).ok());
        CHECK_FALSE(
            coach.addItem(*session, QStringLiteral("x"), QStringLiteral("nobody"), {}).ok());

        const auto found = coach.find(*session);
        REQUIRE(found.ok());
        CHECK(found->evaluationIds == QList<qint64>{evaluation});
        REQUIRE(found->items.size() == 2);
        CHECK(found->items.first().owner == QStringLiteral("jonas"));
        CHECK(found->items.last().owner == QStringLiteral("carla"));

        INFO("overdue: the late item and the follow-up nobody held");
        auto overdue = coach.overdue();
        REQUIRE(overdue.ok());
        REQUIRE(overdue->items.size() == 1);
        CHECK(overdue->items.first().id == *late);
        CHECK(overdue->followUps.size() == 1);

        INFO("the agent sees and acknowledges their session, and marks their item done");
        CoachingStore asJonas(*workspace, jonas);
        CHECK(asJonas.list()->size() == 1);
        REQUIRE(asJonas.acknowledge(*session).ok());
        CHECK_FALSE(asJonas.acknowledge(*session).ok());
        REQUIRE(asJonas.markItemDone(*late).ok());
        CHECK_FALSE(asJonas.markItemDone(*later).ok()); // carla's
        INFO("another agent learns nothing of it");
        CoachingStore asUlla(*workspace, ulla);
        CHECK(asUlla.list()->isEmpty());
        const auto hidden = asUlla.find(*session);
        REQUIRE_FALSE(hidden.ok());
        CHECK(hidden.error() == QStringLiteral("There is no coaching session %1.").arg(*session));
        CHECK_FALSE(asUlla.acknowledge(*session).ok());

        INFO("a session held on the follow-up day clears it");
        REQUIRE(coach.add({QStringLiteral("a-1"), now - 2 * kDay, {}, {}, {}}).ok());
        overdue = coach.overdue();
        CHECK(overdue->items.isEmpty());
        CHECK(overdue->followUps.isEmpty());
        CHECK(workspace->db()
                  .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE "
                                         "'coaching.%'"))
                  .toLongLong() == 6); // two adds, two items, the acknowledgement, one done
    }
}
