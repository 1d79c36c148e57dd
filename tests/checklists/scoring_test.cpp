#include "checklists/scoring.h"

#include "support/builders.h"
#include "support/catchqt.h"

using namespace callqa::checklists;
using namespace callqa::checklists::test;

namespace {

AnswerSet answersOf(std::initializer_list<std::pair<const char*, Answer>> entries)
{
    AnswerSet answers;
    for (const auto& [key, answer] : entries) {
        answers.set(k(key), answer);
    }
    return answers;
}

} // namespace

TEST_CASE("yes earns full points and no earns nothing", "[checklists][scoring]")
{
    const Checklist form = checklist({section(k("s"), 1, {yesNo(k("a"), 2), yesNo(k("b"), 1)})});
    const ScoreResult result = score(form, answersOf({{"a", Answer::yes()}, {"b", Answer::no()}}));
    REQUIRE(result.sections.size() == 1);
    CHECK(result.sections[0].earned == 2.0);
    CHECK(result.sections[0].possible == 3.0);
    REQUIRE(result.overall);
    CHECK(*result.overall == Approx(200.0 / 3.0));
    CHECK(result.isComplete());
}

TEST_CASE("scale answers interpolate between min and max", "[checklists][scoring]")
{
    struct Row {
        int min, max, value;
        double points, earned;
    };
    const auto row = GENERATE(values<Row>({
        {1, 5, 1, 4, 0.0},
        {1, 5, 3, 4, 2.0},
        {1, 5, 5, 4, 4.0},
        {0, 10, 7, 2, 1.4},
        {-2, 2, 0, 3, 1.5},
        {0, 1, 1, 0.5, 0.5},
    }));
    const Checklist form =
        checklist({section(k("s"), 1, {scale(k("x"), row.min, row.max, row.points)})});
    const ScoreResult result = score(form, answersOf({{"x", Answer::scale(row.value)}}));
    CHECK(result.sections[0].earned == Approx(row.earned));
    CHECK(result.sections[0].possible == row.points);
    CHECK(result.invalidAnswers.isEmpty());
}

TEST_CASE("choice answers earn their option's fraction", "[checklists][scoring]")
{
    const auto [option, earned] = GENERATE(table<const char*, double>({
        {"full", 3.0},
        {"half", 1.5},
        {"none", 0.0},
    }));
    const Checklist form = checklist({section(k("s"), 1, {choice(k("c"), threeOptions(), 3)})});
    const ScoreResult result = score(form, answersOf({{"c", Answer::choice(k(option))}}));
    CHECK(result.sections[0].earned == earned);
    CHECK(result.sections[0].possible == 3.0);
}

TEST_CASE("text items are never scored nor required", "[checklists][scoring]")
{
    const Checklist form = checklist({section(k("s"), 1, {yesNo(k("a")), text(k("notes"))})});
    const auto notes = GENERATE(Answer(), Answer::text(QStringLiteral("Good call")));
    const ScoreResult result = score(form, answersOf({{"a", Answer::yes()}, {"notes", notes}}));
    CHECK(result.sections[0].possible == 1.0);
    CHECK(result.unanswered.isEmpty());
    CHECK(result.isComplete());
    CHECK(*result.overall == 100.0);
}

TEST_CASE("N/A removes the item from earned and possible", "[checklists][scoring]")
{
    const Checklist form =
        checklist({section(k("s"), 1, {yesNo(k("a"), 1), allowingNa(yesNo(k("b"), 3))})});
    const ScoreResult na =
        score(form, answersOf({{"a", Answer::yes()}, {"b", Answer::notApplicable()}}));
    CHECK(na.sections[0].earned == 1.0);
    CHECK(na.sections[0].possible == 1.0);
    CHECK(*na.overall == 100.0);

    const ScoreResult no = score(form, answersOf({{"a", Answer::yes()}, {"b", Answer::no()}}));
    CHECK(no.sections[0].possible == 4.0);
    CHECK(*no.overall == 25.0);
}

TEST_CASE("a section of only N/A or text items drops out of the overall", "[checklists][scoring]")
{
    const Checklist form = checklist({
        section(k("gone"), 5, {allowingNa(yesNo(k("a"))), allowingNa(scale(k("b"), 1, 5))}),
        section(k("kept"), 1, {yesNo(k("c")), yesNo(k("d"))}),
        section(k("notes"), 9, {text(k("t"))}),
    });
    const ScoreResult result = score(form, answersOf({{"a", Answer::notApplicable()},
                                                      {"b", Answer::notApplicable()},
                                                      {"c", Answer::yes()},
                                                      {"d", Answer::no()}}));
    REQUIRE(result.sections.size() == 3);
    CHECK_FALSE(result.sections[0].counted);
    CHECK_FALSE(result.sections[0].percent.has_value());
    CHECK(result.sections[1].counted);
    CHECK(*result.sections[1].percent == 50.0);
    CHECK_FALSE(result.sections[2].counted);
    CHECK(*result.overall == 50.0);
}

TEST_CASE("overall is the weighted mean of counted sections", "[checklists][scoring]")
{
    const auto [w1, w2, expected] = GENERATE(table<double, double, double>({
        {1, 1, 50.0},
        {1, 3, 25.0},
        {3, 1, 75.0},
        {0.5, 1.5, 25.0},
    }));
    const Checklist form = checklist(
        {section(k("good"), w1, {yesNo(k("a"))}), section(k("bad"), w2, {yesNo(k("b"))})});
    const ScoreResult result = score(form, answersOf({{"a", Answer::yes()}, {"b", Answer::no()}}));
    CHECK(*result.overall == Approx(expected));
}

TEST_CASE("a failed section-critical item zeroes only its section", "[checklists][scoring]")
{
    const auto [criticalItem, failing] = GENERATE(table<Item, Answer>({
        {yesNo(k("x"), 1, Critical::Section), Answer::no()},
        {scale(k("x"), 1, 5, 1, Critical::Section), Answer::scale(1)},
        {choice(k("x"), threeOptions(true), 1, Critical::Section), Answer::choice(k("none"))},
    }));
    const Checklist form = checklist({
        section(k("hit"), 1, {yesNo(k("a"), 9), criticalItem}),
        section(k("other"), 1, {yesNo(k("b"))}),
    });
    const ScoreResult result =
        score(form, answersOf({{"a", Answer::yes()}, {"x", failing}, {"b", Answer::yes()}}));
    CHECK(result.sections[0].criticalFail);
    CHECK(result.sections[0].earned == 0.0);
    CHECK(result.sections[0].possible == 10.0);
    CHECK(*result.sections[0].percent == 0.0);
    CHECK_FALSE(result.sections[1].criticalFail);
    CHECK(*result.overall == 50.0);
    CHECK_FALSE(result.criticalFail);
    CHECK(result.failedCriticalItems == QStringList{k("x")});
}

TEST_CASE("a failed evaluation-critical item zeroes the evaluation", "[checklists][scoring]")
{
    const auto [criticalItem, failing] = GENERATE(table<Item, Answer>({
        {yesNo(k("x"), 1, Critical::Evaluation), Answer::no()},
        {scale(k("x"), 0, 3, 1, Critical::Evaluation), Answer::scale(0)},
        {choice(k("x"), threeOptions(true), 1, Critical::Evaluation), Answer::choice(k("none"))},
    }));
    const Checklist form = checklist(
        {section(k("s"), 1, {yesNo(k("a"), 9), criticalItem}), section(k("t"), 1, {yesNo(k("b"))})},
        0.0);
    const ScoreResult result =
        score(form, answersOf({{"a", Answer::yes()}, {"x", failing}, {"b", Answer::yes()}}));
    CHECK(result.criticalFail);
    CHECK(*result.overall == 0.0);
    CHECK_FALSE(result.passed);
    CHECK(result.verdict() == Verdict::Failed);
    CHECK(result.failedCriticalItems == QStringList{k("x")});
    CHECK(*result.sections[0].percent == 90.0); // sections keep their scores
    CHECK_FALSE(result.sections[0].criticalFail);
}

TEST_CASE("critical items answered otherwise do not fail", "[checklists][scoring]")
{
    const auto [criticalItem, answer] = GENERATE(table<Item, Answer>({
        {yesNo(k("x"), 1, Critical::Evaluation), Answer::yes()},
        {scale(k("x"), 1, 5, 1, Critical::Evaluation), Answer::scale(2)},
        {choice(k("x"), threeOptions(false), 1, Critical::Evaluation), Answer::choice(k("none"))},
        {allowingNa(yesNo(k("x"), 1, Critical::Evaluation)), Answer::notApplicable()},
        {yesNo(k("x"), 1, Critical::None), Answer::no()},
        {choice(k("x"), threeOptions(true), 1, Critical::None), Answer::choice(k("none"))},
    }));
    const Checklist form = checklist({section(k("s"), 1, {yesNo(k("a")), criticalItem})});
    const ScoreResult result = score(form, answersOf({{"a", Answer::yes()}, {"x", answer}}));
    CHECK_FALSE(result.criticalFail);
    CHECK_FALSE(result.sections[0].criticalFail);
    CHECK(result.failedCriticalItems.isEmpty());
    CHECK(*result.overall > 0.0);
}

TEST_CASE("pass mark: equal passes, just below fails", "[checklists][scoring]")
{
    // Scale 0..10000 gives the overall in steps of 0.01 percentage points.
    const auto [passMark, value, passes] = GENERATE(table<double, int, bool>({
        {80.0, 8000, true},
        {80.0, 7999, false},
        {80.0, 10000, true},
        {0.0, 0, true},
        {100.0, 10000, true},
        {100.0, 9999, false},
        {66.5, 6650, true},
        {66.5, 6649, false},
    }));
    const Checklist form = checklist({section(k("s"), 1, {scale(k("x"), 0, 10000)})}, passMark);
    const ScoreResult result = score(form, answersOf({{"x", Answer::scale(value)}}));
    CHECK(result.passed == passes);
    CHECK(result.verdict() == (passes ? Verdict::Passed : Verdict::Failed));
}

TEST_CASE("rounding in the weighted mean does not fail an exact pass", "[checklists][scoring]")
{
    // 0.1 x 100 + 0.2 x 70 over 0.3 is exactly 80 on paper, not in binary floating point.
    const Checklist form = checklist(
        {section(k("a"), 0.1, {yesNo(k("x"))}), section(k("b"), 0.2, {scale(k("y"), 0, 10)})},
        80.0);
    const ScoreResult result =
        score(form, answersOf({{"x", Answer::yes()}, {"y", Answer::scale(7)}}));
    CHECK(*result.overall == Approx(80.0));
    CHECK(result.passed);
}

TEST_CASE("nothing counted: no overall, not scored, not passed", "[checklists][scoring]")
{
    const Checklist form = checklist(
        {section(k("s"), 1, {allowingNa(yesNo(k("a"), 1, Critical::Evaluation)), text(k("t"))}),
         section(k("u"), 2, {allowingNa(choice(k("c"), threeOptions()))})},
        0.0);
    const ScoreResult result =
        score(form, answersOf({{"a", Answer::notApplicable()}, {"c", Answer::notApplicable()}}));
    CHECK_FALSE(result.overall.has_value());
    CHECK_FALSE(result.scored());
    CHECK_FALSE(result.passed);
    CHECK_FALSE(result.criticalFail);
    CHECK(result.verdict() == Verdict::NotScored);
    CHECK(result.isComplete());
    for (const SectionScore& section : result.sections) {
        CHECK_FALSE(section.counted);
    }
}

TEST_CASE("unanswered scored items are excluded and listed in order", "[checklists][scoring]")
{
    const Checklist form = checklist({
        section(k("s"), 1, {yesNo(k("a")), scale(k("b"), 1, 5), text(k("t"))}),
        section(k("u"), 1, {choice(k("c"), threeOptions()), yesNo(k("d"))}),
    });
    const ScoreResult result = score(form, answersOf({{"d", Answer::yes()}}));
    CHECK(result.unanswered == QStringList{k("a"), k("b"), k("c")});
    CHECK_FALSE(result.isComplete());
    CHECK_FALSE(result.sections[0].counted);
    CHECK(*result.overall == 100.0);

    const ScoreResult nothing = score(form, AnswerSet());
    CHECK(nothing.unanswered.size() == 4);
    CHECK_FALSE(nothing.scored());
}

TEST_CASE("answers that do not fit their item are reported, not scored", "[checklists][scoring]")
{
    const auto [key, answer] = GENERATE(table<const char*, Answer>({
        {"scale", Answer::scale(6)},
        {"scale", Answer::scale(0)},
        {"scale", Answer::yes()},
        {"scale", Answer::choice(k("full"))},
        {"choice", Answer::choice(k("maybe"))},
        {"choice", Answer::scale(1)},
        {"yes-no", Answer::scale(1)},
        {"yes-no", Answer::text(k("yes"))},
        {"yes-no", Answer::notApplicable()},
        {"notes", Answer::yes()},
        {"notes", Answer::notApplicable()},
        {"no-such-item", Answer::yes()},
    }));
    const Checklist form = checklist(
        {section(k("s"), 1,
                 {yesNo(k("anchor")), scale(k("scale"), 1, 5), choice(k("choice"), threeOptions()),
                  yesNo(k("yes-no")), text(k("notes"))})});
    AnswerSet answers = answersOf({{"anchor", Answer::yes()},
                                   {"scale", Answer::scale(5)},
                                   {"choice", Answer::choice(k("full"))},
                                   {"yes-no", Answer::yes()}});
    answers.set(k(key), answer);
    const ScoreResult result = score(form, answers);
    REQUIRE(result.invalidAnswers.size() == 1);
    CHECK(result.invalidAnswers[0].itemKey == k(key));
    CHECK_FALSE(result.invalidAnswers[0].reason.isEmpty());
    CHECK_FALSE(result.unanswered.contains(k(key)));
    CHECK_FALSE(result.isComplete());
    const bool scoredItem = QStringList{k("scale"), k("choice"), k("yes-no")}.contains(k(key));
    CHECK(result.sections[0].possible == (scoredItem ? 3.0 : 4.0));
    CHECK(*result.overall == 100.0);
}

TEST_CASE("scoring an invalid checklist stays defined", "[checklists][scoring]")
{
    const auto form =
        GENERATE(checklist({section(k("s"), 0, {yesNo(k("x"))})}),
                 checklist({section(k("s"), 1, {yesNo(k("x"), 0)})}),
                 checklist({section(k("s"), 1, {scale(k("x"), 3, 3)})}),
                 checklist({section(k("s"), 1, {choice(k("x"), {})})}), checklist({}));
    const ScoreResult result = score(form, answersOf({{"x", Answer::yes()}}));
    CHECK_FALSE(result.scored());
    CHECK_FALSE(result.passed);
}
