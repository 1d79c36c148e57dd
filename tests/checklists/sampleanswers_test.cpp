#include "checklists/sampleanswers.h"

#include "checklists/checklistjson.h"
#include "checklists/defaultchecklist.h"
#include "checklists/scoring.h"

#include "support/builders.h"
#include "support/catchqt.h"
#include "support/randomchecklist.h"

#include <random>

using namespace callqa::checklists;
using namespace callqa::checklists::test;

TEST_CASE("full-marks answers score 100 and leave nothing unanswered", "[checklists][sample]")
{
    std::mt19937 rng(20261123);
    for (int round = 0; round < 200; ++round) {
        const Checklist form = randomChecklist(rng);
        const ScoreResult result = score(form, fullMarksAnswers(form));
        INFO(toJson(form).toStdString());
        CHECK(result.isComplete());
        CHECK_FALSE(result.criticalFail);
        REQUIRE(result.overall.has_value());
        CHECK(*result.overall == Approx(100.0));
    }
}

TEST_CASE("full-marks answers pick the best option, the top of the scale, and skip text",
          "[checklists][sample]")
{
    const QList<Option> options = {{k("low"), k("Low"), 0.2, false},
                                   {k("high"), k("High"), 1.0, false},
                                   {k("high-but-fails"), k("High, failing"), 1.0, true}};
    const Checklist form = checklist(
        {section(k("s"), 1.0, {scale(k("sc"), 2, 7), choice(k("ch"), options), text(k("note"))})});
    const AnswerSet answers = fullMarksAnswers(form);
    CHECK(answers.answer(k("sc")) == Answer::scale(7));
    CHECK(answers.answer(k("ch")) == Answer::choice(k("high")));
    CHECK_FALSE(answers.contains(k("note")));
}

TEST_CASE("a draft that breaks the rules round-trips through draft JSON", "[checklists][json]")
{
    Checklist draft = defaultChecklist();
    draft.sections[0].items[0].points = 0; // must be > 0
    draft.sections[1].weight = -2;         // must be > 0
    draft.sections[2].items.clear();       // empty section
    draft.passMark = 140;                  // outside 0..100
    CHECK_FALSE(fromJson(toJson(draft)).ok());
    const auto read = fromDraftJson(toJson(draft));
    REQUIRE(read.ok());
    CHECK(read.value() == draft);
    INFO("a broken document is still refused");
    CHECK_FALSE(fromDraftJson("{\"schema\": \"callqa.checklist/1\", \"sections\": 3}").ok());
}
