#include "checklists/sampleanswers.h"
#include "review/disputes/evaluationhistory.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

namespace {

EvaluationSummary link(qint64 id, std::optional<qint64> revisionOf = {})
{
    EvaluationSummary e;
    e.id = id;
    e.revisionOf = revisionOf;
    return e;
}

QList<qint64> ids(const QList<EvaluationSummary>& chain)
{
    QList<qint64> out;
    for (const EvaluationSummary& e : chain)
        out << e.id;
    return out;
}

} // namespace

TEST_CASE("evaluation history: the chain of an evaluation, oldest first", "[review][disputes]")
{
    struct Row {
        const char* why;
        QList<EvaluationSummary> ofCall;
        qint64 from;
        QList<qint64> chain;
    };
    const std::vector<Row> table = {
        {"alone", {link(1)}, 1, {1}},
        {"from the original", {link(1), link(2, 1), link(3, 2)}, 1, {1, 2, 3}},
        {"from the middle", {link(3, 2), link(1), link(2, 1)}, 2, {1, 2, 3}},
        {"from the latest", {link(1), link(2, 1), link(3, 2)}, 3, {1, 2, 3}},
        {"another evaluation of the call stays out", {link(1), link(5), link(2, 1)}, 2, {1, 2}},
        {"not among them", {link(1)}, 9, {}},
        {"a link to a missing evaluation starts there", {link(4, 99)}, 4, {4}},
        {"a cycle in bad data ends", {link(1, 2), link(2, 1)}, 1, {1, 2}},
    };
    for (const Row& row : table) {
        INFO(row.why);
        CHECK(ids(evaluationChain(row.ofCall, row.from)) == row.chain);
    }
}

TEST_CASE("evaluation history: original, dispute and revision, as each reader may see it",
          "[review][disputes]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const ChecklistVersion version = testing::publishDefaultChecklist(*workspace);
        const qint64 call = testing::addTestCall(*workspace, QStringLiteral("a-1"));
        testing::addTestCall(*workspace, QStringLiteral("a-2"));
        const Actor rita = testing::addReviewer(*workspace, QStringLiteral("rita"));
        const Actor sara =
            testing::addReviewer(*workspace, QStringLiteral("sara"), Role::Supervisor);
        const Actor jonas =
            testing::addAgentUser(*workspace, QStringLiteral("jonas"), QStringLiteral("a-1"));
        const Actor ulla =
            testing::addAgentUser(*workspace, QStringLiteral("ulla"), QStringLiteral("a-2"));
        const checklists::AnswerSet answers = checklists::fullMarksAnswers(version.checklist);
        const auto original = EvaluationStore(*workspace, rita).submit(call, version.id, answers);
        REQUIRE(original);
        const auto dispute =
            DisputeStore(*workspace, jonas).open(original->id, QStringLiteral("Too low"));
        REQUIRE(dispute);
        const auto accepted =
            DisputeStore(*workspace, sara).accept(dispute->id, answers, QStringLiteral("Fair"));
        REQUIRE(accepted);
        REQUIRE(accepted->revisionId);

        for (const qint64 from : {original->id, *accepted->revisionId}) {
            const auto history = evaluationHistory(*workspace, jonas, from);
            INFO(history.error().toStdString());
            REQUIRE(history);
            REQUIRE(history->size() == 2);
            CHECK(history->at(0).evaluation.id == original->id);
            REQUIRE(history->at(0).disputes.size() == 1);
            CHECK(history->at(0).disputes.first().decisionReason == QStringLiteral("Fair"));
            CHECK(history->at(1).evaluation.id == *accepted->revisionId);
            CHECK(history->at(1).disputes.isEmpty());
        }
        INFO("another agent learns nothing of it");
        const auto refused = evaluationHistory(*workspace, ulla, original->id);
        REQUIRE_FALSE(refused);
        CHECK(refused.error() == QStringLiteral("There is no evaluation %1.").arg(original->id));
    }
}
