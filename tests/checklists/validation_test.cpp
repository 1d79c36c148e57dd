#include "checklists/validation.h"

#include "support/builders.h"
#include "support/catchqt.h"

#include <functional>
#include <limits>

using namespace callqa::checklists;
using namespace callqa::checklists::test;

namespace {

struct Rule {
    const char* path;
    std::function<void(Checklist&)> breakIt;
};

} // namespace

TEST_CASE("the base checklist is valid", "[checklists][validation]")
{
    CHECK(validate(sampleChecklist()).isEmpty());
}

TEST_CASE("each rule names its exact path", "[checklists][validation]")
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const QList<Rule> rules{
        {"key", [](Checklist& f) { f.key.clear(); }},
        {"name", [](Checklist& f) { f.name = k("   "); }},
        {"pass_mark", [](Checklist& f) { f.passMark = -1; }},
        {"pass_mark", [](Checklist& f) { f.passMark = 100.5; }},
        {"pass_mark", [nan](Checklist& f) { f.passMark = nan; }},
        {"sections", [](Checklist& f) { f.sections.clear(); }},
        {"sections[0].key", [](Checklist& f) { f.sections[0].key.clear(); }},
        {"sections[1].key", [](Checklist& f) { f.sections[1].key = k("s0"); }},
        {"sections[0].title", [](Checklist& f) { f.sections[0].title.clear(); }},
        {"sections[1].weight", [](Checklist& f) { f.sections[1].weight = 0; }},
        {"sections[1].weight", [](Checklist& f) { f.sections[1].weight = -2; }},
        {"sections[1].weight", [nan](Checklist& f) { f.sections[1].weight = nan; }},
        {"sections[1].items", [](Checklist& f) { f.sections[1].items.clear(); }},
        {"sections[0].items[0].key", [](Checklist& f) { itemAt(f, 0, 0).key.clear(); }},
        {"sections[1].items[0].key", [](Checklist& f) { itemAt(f, 1, 0).key = k("a"); }},
        {"sections[0].items[2].key", [](Checklist& f) { itemAt(f, 0, 2).key = k("b"); }},
        {"sections[0].items[0].prompt", [](Checklist& f) { itemAt(f, 0, 0).prompt.clear(); }},
        {"sections[0].items[0].points", [](Checklist& f) { itemAt(f, 0, 0).points = 0; }},
        {"sections[0].items[1].points", [](Checklist& f) { itemAt(f, 0, 1).points = -2; }},
        {"sections[0].items[1].scale", [](Checklist& f) { itemAt(f, 0, 1).scaleMax = 1; }},
        {"sections[0].items[1].scale", [](Checklist& f) { itemAt(f, 0, 1).scaleMin = 9; }},
        {"sections[0].items[2].options", [](Checklist& f) { itemAt(f, 0, 2).options.clear(); }},
        {"sections[0].items[2].options[0].fraction",
         [](Checklist& f) { itemAt(f, 0, 2).options[0].fraction = 1.5; }},
        {"sections[0].items[2].options[2].fraction",
         [](Checklist& f) { itemAt(f, 0, 2).options[2].fraction = -0.1; }},
        {"sections[0].items[2].options[1].key",
         [](Checklist& f) { itemAt(f, 0, 2).options[1].key = k("full"); }},
        {"sections[0].items[2].options[1].key",
         [](Checklist& f) { itemAt(f, 0, 2).options[1].key.clear(); }},
        {"sections[0].items[2].options[1].label",
         [](Checklist& f) { itemAt(f, 0, 2).options[1].label.clear(); }},
        {"sections[0].items[2].options[2].failing",
         [](Checklist& f) { itemAt(f, 0, 2).options[2].failing = true; }},
        {"sections[0].items[2].options[0].fraction",
         [](Checklist& f) {
             itemAt(f, 0, 2).critical = Critical::Section;
             itemAt(f, 0, 2).options[0].failing = true;
         }},
        {"sections[0].items[0].options",
         [](Checklist& f) { itemAt(f, 0, 0).options = threeOptions(); }},
        {"sections[1].items[1].critical",
         [](Checklist& f) { itemAt(f, 1, 1).critical = Critical::Evaluation; }},
    };
    for (const Rule& rule : rules) {
        Checklist form = sampleChecklist();
        rule.breakIt(form);
        const QList<ValidationError> errors = validate(form);
        INFO("expected " << rule.path);
        CHECK(pathsOf(errors) == QStringList{k(rule.path)});
        for (const ValidationError& error : errors) {
            CHECK_FALSE(error.message.isEmpty());
        }
    }
}

TEST_CASE("allowed edge values pass validation", "[checklists][validation]")
{
    const QList<std::function<void(Checklist&)>> edits{
        [](Checklist& f) { f.passMark = 0; },
        [](Checklist& f) { f.passMark = 100; },
        [](Checklist& f) { f.sections[0].weight = 0.01; },
        [](Checklist& f) { itemAt(f, 1, 1).points = 0; }, // points on text items are ignored
        [](Checklist& f) { itemAt(f, 1, 1).points = -5; },
        [](Checklist& f) { itemAt(f, 0, 1).scaleMin = -3; },
        [](Checklist& f) { itemAt(f, 0, 2).options.resize(1); },
        [](Checklist& f) {
            itemAt(f, 0, 2).critical = Critical::Evaluation;
            itemAt(f, 0, 2).options[2].failing = true;
        },
        [](Checklist& f) { f.sections.append(section(k("notes-only"), 1, {text(k("more"))})); },
    };
    for (qsizetype i = 0; i < edits.size(); ++i) {
        Checklist form = sampleChecklist();
        edits[i](form);
        INFO("edit " << i);
        CHECK(validate(form).isEmpty());
    }
}

TEST_CASE("all errors are reported in document order", "[checklists][validation]")
{
    Checklist form = sampleChecklist();
    form.passMark = 120;
    form.sections[0].weight = 0;
    itemAt(form, 0, 0).points = 0;
    itemAt(form, 1, 0).key = k("c");
    const QList<ValidationError> errors = validate(form);
    CHECK(pathsOf(errors) == QStringList{k("pass_mark"), k("sections[0].weight"),
                                         k("sections[0].items[0].points"),
                                         k("sections[1].items[0].key")});
    REQUIRE(errors.size() == 4);
    CHECK(errors[2].toString() == k("sections[0].items[0].points: must be greater than 0"));
    CHECK(errors[3].message.contains(k("sections[0].items[2]")));
}
