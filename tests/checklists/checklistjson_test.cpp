#include "checklists/checklistjson.h"

#include "support/builders.h"
#include "support/catchqt.h"
#include "support/randomchecklist.h"

#include <random>

using namespace callqa::checklists;
using namespace callqa::checklists::test;

namespace {

// A valid document with one section holding the given item objects.
QByteArray documentWithItems(const QByteArray& items)
{
    return QByteArray(R"({"schema": "callqa.checklist/1", "key": "f", "name": "F", "pass_mark": 80,
        "sections": [{"key": "s", "title": "S", "weight": 1, "items": [)") +
           items + "]}]}";
}

Checklist multilingual()
{
    Item persian = allowingNa(yesNo(k("thanked-customer"), 2, Critical::Section));
    persian.prompt = k("از مشتری تشکر کرد");
    persian.guidance = k("در پایان تماس، «متشکرم» بگوید.");
    Item russian = scale(k("showed-empathy"), 1, 5, 2.5);
    russian.prompt = k("Проявил сочувствие");
    russian.guidance = k("1 — равнодушно, 5 — тепло и внимательно");
    QList<Option> options = threeOptions(true);
    options[1].label = k("Kısmen çözüm önerdi; İğdır, ŞÇĞÜÖı");
    Item turkish = choice(k("offered-solutions"), options, 3, Critical::Evaluation);
    turkish.prompt = k("Bahane yerine çözüm önerdi");
    Checklist form = checklist({section(k("closing"), 1.5, {persian, russian}),
                                section(k("çözüm"), 0.25, {turkish, text(k("notes"))})},
                               72.5);
    form.name = k("Destek çağrısı / Звонок / تماس");
    form.description = k("Line one\nline \"two\" \\ tab\t🎧");
    return form;
}

} // namespace

TEST_CASE("a multilingual checklist round-trips losslessly", "[checklists][json]")
{
    const Checklist form = multilingual();
    const QByteArray json = toJson(form);
    CHECK(json.contains(QStringLiteral("از مشتری تشکر کرد").toUtf8())); // raw UTF-8, not escaped
    CHECK(json.contains("\n    \"sections\""));                         // indented
    CHECK(json.contains("\"schema\": \"callqa.checklist/1\""));
    const ImportResult<Checklist> back = fromJson(json);
    INFO(json.toStdString());
    REQUIRE(back.ok());
    CHECK(back.value() == form);
    CHECK(toJson(back.value()) == json);
}

TEST_CASE("random checklists round-trip losslessly", "[checklists][json][property]")
{
    std::mt19937 rng(31337);
    for (int run = 0; run < 300; ++run) {
        INFO("run " << run);
        const Checklist form = randomChecklist(rng);
        const ImportResult<Checklist> back = fromJson(toJson(form));
        REQUIRE(back.ok());
        CHECK(back.value() == form);
    }
}

TEST_CASE("optional fields take their defaults", "[checklists][json]")
{
    const ImportResult<Checklist> result = fromJson(documentWithItems(
        R"({"key": "a", "prompt": "A", "type": "yes_no", "points": 2}, {"key": "t", "prompt": "T", "type": "text"})"));
    REQUIRE(result.ok());
    const Item& item = result.value().sections[0].items[0];
    CHECK(item.guidance.isEmpty());
    CHECK_FALSE(item.allowNa);
    CHECK(item.critical == Critical::None);
    CHECK(result.value().description.isEmpty());
    CHECK(result.value().sections[0].items[1].type == ItemType::Text);
}

TEST_CASE("invalid documents name the place and import nothing", "[checklists][json]")
{
    struct Row {
        QByteArray json;
        QStringList paths;
    };
    const QByteArray yesNo = R"({"key": "a", "prompt": "A", "type": "yes_no", "points": 1)";
    const auto row = GENERATE_COPY(values<Row>({
        {"[1, 2]", {k("")}},
        {R"({"key": "f", "name": "F", "pass_mark": 80, "sections": []})", {k("schema")}},
        {documentWithItems("").replace("checklist/1", "checklist/2"), {k("schema")}},
        {documentWithItems("").replace("80", "\"80\""), {k("pass_mark")}},
        {documentWithItems("").replace(R"("key": "f", )", ""), {k("key")}},
        {documentWithItems("").replace(R"("weight": 1)", R"("weight": true)"),
         {k("sections[0].weight")}},
        {documentWithItems(""), {k("sections[0].items")}},
        {documentWithItems("3"), {k("sections[0].items[0]")}},
        {documentWithItems(yesNo + "}").replace(R"("points": 1)", R"("points": 0)"),
         {k("sections[0].items[0].points")}},
        {documentWithItems(R"({"prompt": "A", "type": "yes_no", "points": 1})"),
         {k("sections[0].items[0].key")}},
        {documentWithItems(R"({"key": "a", "prompt": "A", "type": "stars", "points": 1})"),
         {k("sections[0].items[0].type")}},
        {documentWithItems(yesNo + R"(, "critical": "maybe"})"),
         {k("sections[0].items[0].critical")}},
        {documentWithItems(yesNo + R"(, "alow_na": true})"), {k("sections[0].items[0].alow_na")}},
        {documentWithItems(yesNo + R"(, "scale": {"min": 1, "max": 5}})"),
         {k("sections[0].items[0].scale")}},
        {documentWithItems(yesNo + R"(, "options": []})"), {k("sections[0].items[0].options")}},
        {documentWithItems(R"({"key": "a", "prompt": "A", "type": "scale", "points": 1})"),
         {k("sections[0].items[0].scale")}},
        {documentWithItems(
             R"({"key": "a", "prompt": "A", "type": "scale", "points": 1, "scale": {"min": 1.5, "max": 5}})"),
         {k("sections[0].items[0].scale.min")}},
        {documentWithItems(
             R"({"key": "a", "prompt": "A", "type": "choice", "points": 1, "options": [{"key": "x", "label": "X", "fraction": "1"}]})"),
         {k("sections[0].items[0].options[0].fraction")}},
        {documentWithItems(
             R"({"key": "a", "prompt": "A", "type": "choice", "points": 1, "options": [{"key": "x", "label": "X", "fraction": 1, "failing": 1}]})"),
         {k("sections[0].items[0].options[0].failing")}},
        {documentWithItems(yesNo + "}, " + yesNo + "}"), {k("sections[0].items[1].key")}},
        {documentWithItems(yesNo +
                           R"(, "points": "many"}, {"key": 7, "prompt": "B", "type": "text"})"),
         {k("sections[0].items[0].points"), k("sections[0].items[1].key")}},
    }));
    const ImportResult<Checklist> result = fromJson(row.json);
    INFO(row.json.toStdString());
    CHECK_FALSE(result.ok());
    CHECK(pathsOf(result.errors()) == row.paths);
}

TEST_CASE("a syntax error names line, column and offset", "[checklists][json]")
{
    const QByteArray json = "{\n  \"schema\": \"callqa.checklist/1\",\n  \"key\": ,\n}";
    const ImportResult<Checklist> result = fromJson(json);
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.errors().size() == 1);
    const ValidationError& error = result.errors()[0];
    CHECK(error.path.isEmpty());
    CHECK(error.message.contains(k("line 3")));
    CHECK(error.message.contains(k("offset")));
}

TEST_CASE("empty and garbage input is an error, not a crash", "[checklists][json]")
{
    const auto input = GENERATE(QByteArray(), QByteArray("null"), QByteArray("\xff\xfe\x00", 3),
                                QByteArray("{\"schema\": \"callqa.checklist/1\""));
    const ImportResult<Checklist> result = fromJson(input);
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.errors().isEmpty());
}
