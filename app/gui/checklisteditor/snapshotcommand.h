#pragma once

#include "app/gui/checklisteditor/noderef.h"
#include "checklists/checklist.h"

#include <QUndoCommand>

namespace callqa::app {

class ChecklistDocument;

// One undoable edit as the checklist value before and after it.
class SnapshotCommand : public QUndoCommand {
public:
    SnapshotCommand(ChecklistDocument& document, checklists::Checklist before,
                    checklists::Checklist after, NodeRef focus, const QString& text,
                    QString mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    ChecklistDocument& m_document;
    checklists::Checklist m_before;
    checklists::Checklist m_after;
    NodeRef m_focus;
    QString m_mergeKey;
};

} // namespace callqa::app
