#pragma once

#include "checklists/checklist.h"
#include "checklists/checklistdiff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace callqa::app {

struct DiffLine {
    checklists::ChangeKind kind = checklists::ChangeKind::Changed;
    QString text; // translated: "Item “Greeted”: prompt: “Greeted” → “Greeted warmly”"
};

// checklists::diff(published, draft) in words, with the old and new value of each changed field.
class DiffDescription {
    Q_DECLARE_TR_FUNCTIONS(DiffDescription)
public:
    static QList<DiffLine> describe(const checklists::Checklist& published,
                                    const checklists::Checklist& draft);
};

} // namespace callqa::app
