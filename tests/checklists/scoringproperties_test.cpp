#include "checklists/sampleanswers.h"
#include "checklists/scoring.h"
#include "checklists/validation.h"

#include "support/catchqt.h"
#include "support/randomchecklist.h"

#include <random>

using namespace callqa::checklists;
using namespace callqa::checklists::test;

namespace {

constexpr int kRuns = 400;

QList<const Item*> scoredItems(const Checklist& checklist)
{
    QList<const Item*> items;
    for (const Section& section : checklist.sections) {
        for (const Item& item : section.items) {
            if (item.isScored()) {
                items.append(&item);
            }
        }
    }
    return items;
}

} // namespace

TEST_CASE("random checklists are valid", "[checklists][scoring][property]")
{
    std::mt19937 rng(20240301);
    for (int run = 0; run < kRuns; ++run) {
        INFO("run " << run);
        REQUIRE(validate(randomChecklist(rng)).isEmpty());
    }
}

TEST_CASE("overall and section scores stay within 0..100", "[checklists][scoring][property]")
{
    std::mt19937 rng(7);
    for (int run = 0; run < kRuns; ++run) {
        INFO("run " << run);
        const Checklist form = randomChecklist(rng);
        const ScoreResult result = score(form, randomAnswers(form, rng, 0.3));
        CHECK(result.invalidAnswers.isEmpty());
        CHECK(result.unanswered.isEmpty());
        CHECK(result.overall.value_or(0.0) >= 0.0);
        CHECK(result.overall.value_or(0.0) <= 100.0);
        for (const SectionScore& section : result.sections) {
            CHECK(section.percent.value_or(0.0) >= 0.0);
            CHECK(section.percent.value_or(0.0) <= 100.0);
            CHECK(section.counted == section.percent.has_value());
            CHECK(section.earned <= section.possible + 1e-9);
        }
        CHECK(result.passed ==
              (result.scored() && !result.criticalFail && *result.overall >= form.passMark - 1e-9));
    }
}

TEST_CASE("full marks give 100 and pass", "[checklists][scoring][property]")
{
    std::mt19937 rng(42);
    for (int run = 0; run < kRuns; ++run) {
        INFO("run " << run);
        const Checklist form = randomChecklist(rng);
        const ScoreResult result = score(form, fullMarksAnswers(form));
        REQUIRE(result.overall);
        CHECK(*result.overall == Approx(100.0));
        CHECK(result.passed);
        CHECK_FALSE(result.criticalFail);
        CHECK(result.failedCriticalItems.isEmpty());
        CHECK(result.isComplete());
    }
}

TEST_CASE("raising one answer never lowers the overall score", "[checklists][scoring][property]")
{
    std::mt19937 rng(1234);
    int raised = 0;
    int raisedCritical = 0;
    for (int run = 0; run < kRuns * 3; ++run) {
        INFO("run " << run);
        const Checklist form = randomChecklist(rng);
        const AnswerSet answers = randomAnswers(form, rng, 0.2);
        const QList<const Item*> items = scoredItems(form);
        const Item& item =
            *items.at(std::uniform_int_distribution<qsizetype>(0, items.size() - 1)(rng));
        const auto better = raisedAnswer(item, answers.answer(item.key), rng);
        if (!better) {
            continue;
        }
        AnswerSet raisedAnswers = answers;
        raisedAnswers.set(item.key, *better);
        const ScoreResult before = score(form, answers);
        const ScoreResult after = score(form, raisedAnswers);
        INFO("item " << item.key.toStdString());
        REQUIRE(before.scored());
        REQUIRE(after.scored());
        CHECK(*after.overall >= *before.overall - 1e-9);
        CHECK((after.passed || !before.passed));
        ++raised;
        raisedCritical += item.critical != Critical::None ? 1 : 0;
    }
    // The generator must exercise both kinds of items, or this test proves nothing.
    CHECK(raised > kRuns);
    CHECK(raisedCritical > kRuns / 5);
}

TEST_CASE("all N/A is never scored and never divides by zero", "[checklists][scoring][property]")
{
    std::mt19937 rng(99);
    for (int run = 0; run < kRuns; ++run) {
        INFO("run " << run);
        Checklist form = randomChecklist(rng);
        AnswerSet answers;
        for (Section& section : form.sections) {
            for (Item& item : section.items) {
                item.allowNa = true;
                answers.set(item.key, Answer::notApplicable());
            }
        }
        const ScoreResult result = score(form, answers);
        CHECK_FALSE(result.scored());
        CHECK_FALSE(result.passed);
        CHECK(result.verdict() == Verdict::NotScored);
        CHECK(result.isComplete());
    }
}
