#include "checklists/answersjson.h"

#include "support/builders.h"
#include "support/catchqt.h"
#include "support/randomchecklist.h"

#include <random>

using namespace callqa::checklists;
using namespace callqa::checklists::test;

namespace {

QByteArray document(const QByteArray& answers)
{
    return QByteArray(R"({"schema": "callqa.answers/1", "answers": {)") + answers + "}}";
}

} // namespace

TEST_CASE("every answer form reads", "[checklists][answersjson]")
{
    const ImportResult<AnswerSet> result = answersFromJson(document(R"(
        "greeted-customer": "yes", "thanked-customer": "no", "verified-identity": "na",
        "showed-empathy": 4, "below-zero": -2, "offered-solutions": {"choice": "partly"},
        "reviewer-notes": {"text": "Хорошо, teşekkürler, ممنون"}, "skipped": null)"));
    REQUIRE(result.ok());
    const AnswerSet& answers = result.value();
    CHECK(answers.size() == 7);
    CHECK(answers.answer(k("greeted-customer")) == Answer::yes());
    CHECK(answers.answer(k("thanked-customer")) == Answer::no());
    CHECK(answers.answer(k("verified-identity")) == Answer::notApplicable());
    CHECK(answers.answer(k("showed-empathy")) == Answer::scale(4));
    CHECK(answers.answer(k("below-zero")) == Answer::scale(-2));
    CHECK(answers.answer(k("offered-solutions")) == Answer::choice(k("partly")));
    CHECK(answers.answer(k("reviewer-notes")) == Answer::text(k("Хорошо, teşekkürler, ممنون")));
    CHECK_FALSE(answers.contains(k("skipped")));
}

TEST_CASE("answers round-trip losslessly", "[checklists][answersjson][property]")
{
    std::mt19937 rng(5);
    for (int run = 0; run < 200; ++run) {
        INFO("run " << run);
        const Checklist form = randomChecklist(rng);
        const AnswerSet answers = randomAnswers(form, rng, 0.3);
        const QByteArray json = answersToJson(answers);
        const ImportResult<AnswerSet> back = answersFromJson(json);
        REQUIRE(back.ok());
        CHECK(back.value() == answers);
    }
}

TEST_CASE("answers JSON is indented UTF-8 with its schema", "[checklists][answersjson]")
{
    AnswerSet answers;
    answers.set(k("notes"), Answer::text(k("بسیار خوب")));
    const QByteArray json = answersToJson(answers);
    CHECK(json.contains("\"schema\": \"callqa.answers/1\""));
    CHECK(json.contains(QStringLiteral("بسیار خوب").toUtf8()));
    CHECK(json.contains("\n        \"notes\""));
}

TEST_CASE("invalid answers name the place and import nothing", "[checklists][answersjson]")
{
    const auto [json, paths] = GENERATE(table<QByteArray, QStringList>({
        {document(R"("a": "maybe")"), {k("answers.a")}},
        {document(R"("a": 2.5)"), {k("answers.a")}},
        {document(R"("a": true)"), {k("answers.a")}},
        {document(R"("a": ["yes"])"), {k("answers.a")}},
        {document(R"("a": {"choice": 1})"), {k("answers.a")}},
        {document(R"("a": {"choice": "x", "text": "y"})"), {k("answers.a")}},
        {document(R"("a": {"answer": "x"})"), {k("answers.a")}},
        {document(R"("a": "yes", "b": "YES", "c": 1e12)"), {k("answers.b"), k("answers.c")}},
        {QByteArray(R"({"schema": "callqa.answers/1"})"), {k("answers")}},
        {QByteArray(R"({"schema": "callqa.answers/1", "answers": []})"), {k("answers")}},
        {QByteArray(R"({"answers": {}})"), {k("schema")}},
        {QByteArray(R"({"schema": "x", "answers": {}, "call": 3})"), {k("call"), k("schema")}},
        {QByteArray("{\"answers\": "), {k("")}},
    }));
    const ImportResult<AnswerSet> result = answersFromJson(json);
    INFO(json.toStdString());
    CHECK_FALSE(result.ok());
    CHECK(pathsOf(result.errors()) == paths);
}

TEST_CASE("an embedded answers object reports under its own path", "[checklists][answersjson]")
{
    QJsonObject object = answersToJsonObject(AnswerSet());
    CHECK(object.isEmpty());
    object.insert(k("x"), k("perhaps"));
    const ImportResult<AnswerSet> result =
        answersFromJsonObject(object, k("evaluations[3].answers"));
    REQUIRE_FALSE(result.ok());
    CHECK(pathsOf(result.errors()) == QStringList{k("evaluations[3].answers.x")});
}
