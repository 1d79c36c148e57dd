#pragma once

#include "app/gui/checklisteditor/noderef.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

namespace callqa::checklists {
struct Checklist;
}

namespace callqa::app {

class ChecklistDocument;
class FieldForm;

// One page of the property panel: the editors of one kind of node. Edits go to the document as
// undoable steps; refresh() shows the node's current values and its validation errors.
class PropertyPage : public QWidget {
    Q_OBJECT
public:
    PropertyPage(ChecklistDocument& document, QWidget* parent = nullptr);

    void setNode(NodeRef node);
    NodeRef node() const { return m_node; }
    virtual void refresh() = 0;
    // Puts the keyboard focus on a field's editor (when an error in the list is clicked).
    void focusField(const QString& field);

protected:
    // Applies an edit of one field; consecutive edits of the same field of the same node merge.
    void commit(const checklists::Checklist& after, const QString& text, const QString& field);
    // The document's validation messages for this node, by field.
    QHash<QString, QStringList> errorsByField() const;

    ChecklistDocument& m_document;
    FieldForm* m_form = nullptr;
    NodeRef m_node;
};

} // namespace callqa::app
