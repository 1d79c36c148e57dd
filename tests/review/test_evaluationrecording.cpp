#include "checklists/sampleanswers.h"
#include "review/disputes/evaluationrecording.h"
#include "review/evaluations/evaluationstore.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

TEST_CASE("evaluation recording: an agent opens the calls of their own evaluations, nothing else",
          "[review][disputes][agents]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const ChecklistVersion version = testing::publishDefaultChecklist(*workspace);
        const qint64 own = testing::addTestCall(*workspace, QStringLiteral("a-1"));
        const qint64 others = testing::addTestCall(*workspace, QStringLiteral("a-2"));
        const Actor rita = testing::addReviewer(*workspace, QStringLiteral("rita"));
        const Actor jonas =
            testing::addAgentUser(*workspace, QStringLiteral("jonas"), QStringLiteral("a-1"));
        const checklists::AnswerSet answers = checklists::fullMarksAnswers(version.checklist);
        EvaluationStore store(*workspace, rita);
        const auto mine = store.submit(own, version.id, answers);
        const auto theirs = store.submit(others, version.id, answers);
        REQUIRE(mine);
        REQUIRE(theirs);

        INFO("the agent opens the recording of their own evaluated call");
        const auto opened = evaluationRecording(*workspace, jonas, mine->id);
        INFO(opened.error().toStdString());
        REQUIRE(opened);
        CHECK(opened->call.id == own);
        CHECK(opened->recording.callId == own);
        CHECK_FALSE(opened->recording.storedPath.isEmpty());
        CHECK(opened->evaluationId == mine->id);

        INFO("another agent's evaluation reads as if there were none, like a missing one");
        const auto refused = evaluationRecording(*workspace, jonas, theirs->id);
        REQUIRE_FALSE(refused);
        CHECK(refused.error() == QStringLiteral("There is no evaluation %1.").arg(theirs->id));
        const auto missing = evaluationRecording(*workspace, jonas, theirs->id + 100);
        REQUIRE_FALSE(missing);
        CHECK(missing.error() ==
              QStringLiteral("There is no evaluation %1.").arg(theirs->id + 100));
        CHECK_FALSE(opened->recording.storedPath.contains(QStringLiteral("a-2")));

        INFO("the agent still lists no calls and opens none through the call stores");
        CHECK_FALSE(listCalls(workspace->db(), jonas));
        CHECK_FALSE(CallAnalysisStore(*workspace, jonas).recording(own));

        INFO("a reviewer opens the call of an evaluation they wrote");
        CHECK(evaluationRecording(*workspace, rita, theirs->id));
    }
}
