#pragma once

#include "app/gui/checklisteditor/noderef.h"
#include "checklists/checklist.h"
#include "checklists/validationerror.h"

#include <QList>
#include <QObject>

class QUndoStack;

namespace callqa::app {

// The checklist being edited and its undo history. Every change goes through edit(), which pushes
// an undoable snapshot command; the domain rules (validate) come from checklists/.
class ChecklistDocument : public QObject {
    Q_OBJECT
public:
    explicit ChecklistDocument(checklists::Checklist checklist, QObject* parent = nullptr);
    ~ChecklistDocument() override;

    const checklists::Checklist& checklist() const { return m_checklist; }
    const QList<checklists::ValidationError>& errors() const { return m_errors; }
    QUndoStack* undoStack() const { return m_undoStack; }

    // Replaces the checklist as one undoable step named `text`. Consecutive edits with the same
    // non-empty `mergeKey` (typing into one field) merge into one step. No-op when unchanged.
    void edit(const checklists::Checklist& after, const QString& text, NodeRef focus,
              const QString& mergeKey = {});
    // A new starting point (loaded, or after publishing): clears the history.
    void reset(const checklists::Checklist& checklist);

    void addSection(NodeRef at);
    void addItem(NodeRef at);
    void duplicate(NodeRef node);
    void remove(NodeRef node);
    void moveSection(int from, int to);
    void moveItem(NodeRef from, int toSection, int toRow);

    // Applies a snapshot; called by the undo commands only.
    void apply(const checklists::Checklist& checklist, NodeRef focus);

Q_SIGNALS:
    // The checklist changed; `focus` is the node the change is about (to select it).
    void changed(callqa::app::NodeRef focus);

private:
    checklists::Checklist m_checklist;
    QList<checklists::ValidationError> m_errors;
    QUndoStack* m_undoStack = nullptr;
};

} // namespace callqa::app
