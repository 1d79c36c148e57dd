#include "checklists/diff.h"

#include "support/builders.h"
#include "support/catchqt.h"

#include <functional>

using namespace callqa::checklists;
using namespace callqa::checklists::test;

namespace {

struct Row {
    const char* name;
    std::function<void(Checklist&)> edit;
    QStringList fields;
    QList<SectionChange> sections;
    QList<ItemChange> items;
};

} // namespace

TEST_CASE("an unchanged draft has an empty diff", "[checklists][diff]")
{
    CHECK(diff(sampleChecklist(), sampleChecklist()).isEmpty());
}

TEST_CASE("diff lists what a draft changed by key", "[checklists][diff]")
{
    using enum ChangeKind;
    const QList<Row> rows{
        {"pass mark and name",
         [](Checklist& f) {
             f.passMark = 75;
             f.name = k("New");
         },
         {k("name"), k("pass_mark")},
         {},
         {}},
        {"section order",
         [](Checklist& f) { f.sections.swapItemsAt(0, 1); },
         {k("section_order")},
         {},
         {}},
        {"section title and weight",
         [](Checklist& f) {
             f.sections[1].title = k("T");
             f.sections[1].weight = 3;
         },
         {},
         {{Changed, k("s1"), {k("title"), k("weight")}}},
         {}},
        {"item order",
         [](Checklist& f) { f.sections[0].items.swapItemsAt(0, 2); },
         {},
         {{Changed, k("s0"), {k("item_order")}}},
         {}},
        {"added section",
         [](Checklist& f) { f.sections.append(section(k("s2"), 1, {yesNo(k("e"))})); },
         {},
         {{Added, k("s2"), {}}},
         {{Added, k("e"), k("s2"), {}}}},
        {"removed section",
         [](Checklist& f) { f.sections.removeAt(1); },
         {},
         {{Removed, k("s1"), {}}},
         {{Removed, k("d"), k("s1"), {}}, {Removed, k("notes"), k("s1"), {}}}},
        {"item fields",
         [](Checklist& f) {
             itemAt(f, 0, 0).prompt = k("P");
             itemAt(f, 0, 0).points = 3;
             itemAt(f, 0, 0).critical = Critical::Evaluation;
             itemAt(f, 0, 0).allowNa = true;
             itemAt(f, 0, 0).guidance = k("G");
         },
         {},
         {},
         {{Changed,
           k("a"),
           k("s0"),
           {k("prompt"), k("guidance"), k("points"), k("allow_na"), k("critical")}}}},
        {"scale bounds",
         [](Checklist& f) { itemAt(f, 0, 1).scaleMax = 10; },
         {},
         {},
         {{Changed, k("b"), k("s0"), {k("scale")}}}},
        {"option fraction",
         [](Checklist& f) { itemAt(f, 0, 2).options[1].fraction = 0.6; },
         {},
         {},
         {{Changed, k("c"), k("s0"), {k("options")}}}},
        {"type change",
         [](Checklist& f) { itemAt(f, 1, 0).type = ItemType::Scale; },
         {},
         {},
         {{Changed, k("d"), k("s1"), {k("type")}}}},
        {"text points ignored", [](Checklist& f) { itemAt(f, 1, 1).points = 7; }, {}, {}, {}},
        {"moved item",
         [](Checklist& f) { f.sections[1].items.append(f.sections[0].items.takeAt(0)); },
         {},
         {},
         {{Changed, k("a"), k("s1"), {k("section")}}}},
        {"added and removed items",
         [](Checklist& f) {
             f.sections[0].items.removeAt(1);
             f.sections[1].items.prepend(yesNo(k("new")));
         },
         {},
         {},
         {{Removed, k("b"), k("s0"), {}}, {Added, k("new"), k("s1"), {}}}},
    };
    for (const Row& row : rows) {
        Checklist draft = sampleChecklist();
        row.edit(draft);
        const ChecklistDiff result = diff(sampleChecklist(), draft);
        INFO(row.name);
        CHECK(result.fields == row.fields);
        CHECK(result.sections == row.sections);
        CHECK(result.items == row.items);
        CHECK_FALSE(result.isEmpty() ==
                    (row.fields.size() + row.sections.size() + row.items.size() > 0));
    }
}
