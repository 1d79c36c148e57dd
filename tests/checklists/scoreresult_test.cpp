#include "checklists/scoreresult.h"

#include "support/catchqt.h"

using namespace callqa::checklists;

TEST_CASE("ScoreResult verdict", "[checklists][scoreresult]")
{
    struct Row {
        std::optional<double> overall;
        bool passed;
        bool criticalFail;
        Verdict expected;
    };
    const auto row = GENERATE(values<Row>({
        {90.0, true, false, Verdict::Passed},
        {50.0, false, false, Verdict::Failed},
        {0.0, false, true, Verdict::Failed},
        {std::nullopt, false, false, Verdict::NotScored},
    }));
    ScoreResult result;
    result.overall = row.overall;
    result.passed = row.passed;
    result.criticalFail = row.criticalFail;
    CHECK(result.verdict() == row.expected);
    CHECK(result.scored() == row.overall.has_value());
}

TEST_CASE("ScoreResult is complete only without unanswered or invalid answers",
          "[checklists][scoreresult]")
{
    ScoreResult result;
    CHECK(result.isComplete());
    result.unanswered.append(QStringLiteral("a"));
    CHECK_FALSE(result.isComplete());
    result.unanswered.clear();
    result.invalidAnswers.append({QStringLiteral("b"), QStringLiteral("bad")});
    CHECK_FALSE(result.isComplete());
}
