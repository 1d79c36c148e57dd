#include "checklists/answerchoices.h"

#include "support/builders.h"
#include "support/catchqt.h"

using namespace callqa::checklists;
using namespace callqa::checklists::test;

TEST_CASE("digit keys pick an item's answers in order", "[checklists][answerchoices]")
{
    struct Row {
        Item item;
        int digit;
        std::optional<Answer> expected;
    };
    const QList<Option> options = threeOptions();
    const std::vector<Row> table = {
        {yesNo("a"), 1, Answer::yes()},
        {yesNo("a"), 2, Answer::no()},
        {yesNo("a"), 3, std::nullopt},
        {yesNo("a"), 0, std::nullopt},
        {scale("b", 1, 5), 1, Answer::scale(1)},
        {scale("b", 1, 5), 5, Answer::scale(5)},
        {scale("b", 1, 5), 6, std::nullopt},
        {scale("b", 0, 4), 1, Answer::scale(0)}, // the n-th value, from the lowest
        {scale("b", 0, 10), 9, Answer::scale(8)},
        {scale("b", 0, 10), 10, std::nullopt}, // only digits 1-9
        {choice("c", options), 1, Answer::choice(QStringLiteral("full"))},
        {choice("c", options), 3, Answer::choice(QStringLiteral("none"))},
        {choice("c", options), 4, std::nullopt},
        {text("notes"), 1, std::nullopt},
    };
    for (const Row& row : table) {
        INFO(row.item.key.toStdString() << " digit " << row.digit);
        CHECK(answerForDigit(row.item, row.digit) == row.expected);
    }
}

TEST_CASE("N/A only where the item allows it", "[checklists][answerchoices]")
{
    CHECK_FALSE(notApplicableFor(yesNo("a")).has_value());
    CHECK(notApplicableFor(allowingNa(yesNo("a"))) == Answer::notApplicable());
}

TEST_CASE("choices are numbered and labelled, answers described", "[checklists][answerchoices]")
{
    const QList<AnswerChoice> yesNoChoices = answerChoices(yesNo("a"));
    REQUIRE(yesNoChoices.size() == 2);
    CHECK(yesNoChoices[0].number == 1);
    CHECK(yesNoChoices[0].label == QStringLiteral("Yes"));
    CHECK(yesNoChoices[1].number == 2);
    CHECK(answerChoices(text("notes")).isEmpty());

    const Item c = choice("c", threeOptions());
    CHECK(describeAnswer(c, Answer::choice(QStringLiteral("half"))) == c.options[1].label);
    CHECK(describeAnswer(scale("b", 1, 5), Answer::scale(3)) == QStringLiteral("3 of 1-5"));
    CHECK(describeAnswer(yesNo("a"), Answer::no()) == QStringLiteral("No"));
    CHECK(describeAnswer(yesNo("a"), Answer::notApplicable()) == QStringLiteral("N/A"));
    CHECK(describeAnswer(yesNo("a"), Answer()).isEmpty());
    CHECK(describeAnswer(text("notes"), Answer::text(k("Хорошо"))) == k("Хорошо"));
}
