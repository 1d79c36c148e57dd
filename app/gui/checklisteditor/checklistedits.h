#pragma once

#include "app/gui/checklisteditor/noderef.h"
#include "checklists/checklist.h"

#include <QSet>
#include <QString>

namespace callqa::app {

// The structural edits of the checklist editor as pure functions on Checklist values. Each
// returns the edited checklist and where the edit leaves the selection; an edit that does not
// apply (a bad ref, a move onto itself) returns the checklist unchanged.
struct EditResult {
    checklists::Checklist checklist;
    NodeRef focus;
};

// `base`, else `base-2`, `base-3`, ... : the first not in `taken`.
QString uniqueKey(const QString& base, const QSet<QString>& taken);
QSet<QString> sectionKeys(const checklists::Checklist& checklist);
QSet<QString> itemKeys(const checklists::Checklist& checklist);

// A new section (with one yes/no item, so it is valid once titled) after the section of `at`,
// or at the end when `at` is the checklist.
EditResult addSection(const checklists::Checklist& checklist, NodeRef at, const QString& title,
                      const QString& itemPrompt);
// A new yes/no item after the item `at`, or at the end of the section `at`.
EditResult addItem(const checklists::Checklist& checklist, NodeRef at, const QString& prompt);
// A copy right after the original, with new unique keys (a section's items too).
EditResult duplicateNode(const checklists::Checklist& checklist, NodeRef node);
EditResult removeNode(const checklists::Checklist& checklist, NodeRef node);
// `to` is the position in the list as it is before the move (drop semantics).
EditResult moveSection(const checklists::Checklist& checklist, int from, int to);
EditResult moveItem(const checklists::Checklist& checklist, NodeRef from, int toSection, int toRow);

} // namespace callqa::app
