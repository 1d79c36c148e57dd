#include "checklists/answerset.h"

#include "support/catchqt.h"

using namespace callqa::checklists;

TEST_CASE("AnswerSet stores answers by item key", "[checklists][answerset]")
{
    AnswerSet answers;
    CHECK(answers.isEmpty());
    answers.set(QStringLiteral("thanked-customer"), Answer::yes());
    answers.set(QStringLiteral("empathy"), Answer::scale(4));
    answers.set(QStringLiteral("empathy"), Answer::scale(5));

    CHECK(answers.size() == 2);
    CHECK(answers.answer(QStringLiteral("thanked-customer")) == Answer::yes());
    CHECK(answers.answer(QStringLiteral("empathy")) == Answer::scale(5));
    CHECK(answers.itemKeys() ==
          QStringList{QStringLiteral("empathy"), QStringLiteral("thanked-customer")});
}

TEST_CASE("A missing key reads as unanswered and setting unanswered removes",
          "[checklists][answerset]")
{
    AnswerSet answers;
    CHECK(answers.answer(QStringLiteral("nope")).kind() == Answer::Kind::Unanswered);
    answers.set(QStringLiteral("a"), Answer::no());
    answers.set(QStringLiteral("a"), Answer());
    CHECK_FALSE(answers.contains(QStringLiteral("a")));
    CHECK(answers.isEmpty());
}

TEST_CASE("AnswerSets compare by content", "[checklists][answerset]")
{
    AnswerSet first;
    AnswerSet second;
    first.set(QStringLiteral("a"), Answer::yes());
    first.set(QStringLiteral("b"), Answer::notApplicable());
    second.set(QStringLiteral("b"), Answer::notApplicable());
    second.set(QStringLiteral("a"), Answer::yes());
    CHECK(first == second);
    second.set(QStringLiteral("a"), Answer::no());
    CHECK_FALSE(first == second);
}
