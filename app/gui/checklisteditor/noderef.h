#pragma once

namespace callqa::app {

// Which node of a checklist the editor is pointing at: the checklist itself, a section, or an
// item of a section. Indices, so a ref is only meaningful against one Checklist value.
struct NodeRef {
    int section = -1;
    int item = -1;

    static NodeRef checklist() { return {}; }
    static NodeRef ofSection(int section) { return {section, -1}; }
    static NodeRef ofItem(int section, int item) { return {section, item}; }

    bool isChecklist() const { return section < 0; }
    bool isSection() const { return section >= 0 && item < 0; }
    bool isItem() const { return section >= 0 && item >= 0; }
    bool operator==(const NodeRef&) const = default;
};

} // namespace callqa::app
