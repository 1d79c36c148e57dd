#include "checklists/answer.h"

#include "support/catchqt.h"

using namespace callqa::checklists;
using Kind = Answer::Kind;

TEST_CASE("Answer factories set kind and value", "[checklists][answer]")
{
    CHECK(Answer().kind() == Kind::Unanswered);
    CHECK_FALSE(Answer().isAnswered());
    CHECK(Answer::notApplicable().kind() == Kind::NotApplicable);
    CHECK(Answer::yes().kind() == Kind::Yes);
    CHECK(Answer::no().kind() == Kind::No);

    const Answer scale = Answer::scale(-3);
    CHECK(scale.kind() == Kind::Scale);
    CHECK(scale.scaleValue() == -3);

    const Answer choice = Answer::choice(QStringLiteral("partly"));
    CHECK(choice.kind() == Kind::Choice);
    CHECK(choice.choiceKey() == QStringLiteral("partly"));

    const Answer text = Answer::text(QStringLiteral("Хорошо"));
    CHECK(text.kind() == Kind::Text);
    CHECK(text.text() == QStringLiteral("Хорошо"));
    CHECK(text.isAnswered());
}

TEST_CASE("Answers compare by kind and value", "[checklists][answer]")
{
    CHECK(Answer::scale(3) == Answer::scale(3));
    CHECK_FALSE(Answer::scale(3) == Answer::scale(4));
    CHECK_FALSE(Answer::yes() == Answer::no());
    CHECK_FALSE(Answer::choice(QStringLiteral("a")) == Answer::text(QStringLiteral("a")));
    CHECK(Answer() == Answer());
}
